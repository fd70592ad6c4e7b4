package org.w3id.tigris.pipeline;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.store.BulkLoad;
import org.w3id.tigris.store.IngestOutcome;
import org.w3id.tigris.store.KnowledgeStore;
import org.w3id.tigris.store.LiveStore;

/** Where a batch puts the documents' graphs. Called by one thread at a time. */
public interface DocumentSink {
    /** What became of one document handed to a sink. */
    interface Receipt {
        void stored(IngestOutcome outcome);

        void failed(RuntimeException cause);
    }

    /**
     * Takes a document's graph and tells {@code receipt} what became of it: at once, or, for a
     * sink that writes documents in groups, once its group is committed (at the latest when
     * {@link #finish()} returns). A failure may also be thrown.
     */
    default void write(DocumentGraph graph, Receipt receipt) {
        receipt.stored(write(graph));
    }

    /** Stores a document now. */
    IngestOutcome write(DocumentGraph graph);

    /**
     * True when this text of the document is there already, extracted by a pipeline with this
     * fingerprint, so extracting it again is not needed.
     */
    default boolean holds(String sourceName, String contentHash, String pipelineFingerprint) {
        return false;
    }

    /** Called once when the batch has ended, whatever happened. */
    default void finish() {
    }

    /** Into a store: replace changed documents, skip unchanged ones. */
    static DocumentSink into(KnowledgeStore store) {
        return new DocumentSink() {
            @Override
            public IngestOutcome write(DocumentGraph graph) {
                return store.ingest(graph);
            }

            @Override
            public boolean holds(String sourceName, String contentHash, String pipelineFingerprint) {
                return store.isCurrent(sourceName, contentHash, pipelineFingerprint);
            }
        };
    }

    /** Into a store, each document's index entries written with it: no rebuild needed afterwards. */
    static DocumentSink indexedInto(LiveStore store) {
        return new DocumentSink() {
            @Override
            public IngestOutcome write(DocumentGraph graph) {
                return store.write(graph);
            }

            @Override
            public boolean holds(String sourceName, String contentHash, String pipelineFingerprint) {
                return store.isCurrent(sourceName, contentHash, pipelineFingerprint);
            }
        };
    }

    /**
     * Into a store, documents written in groups of up to {@code groupSize}, each group in one
     * transaction with one index commit (see {@link GroupedSink}).
     */
    static DocumentSink groupedInto(LiveStore store, int groupSize) {
        return new GroupedSink(store, groupSize);
    }

    /** Into a store that holds no documents yet, with the TDB2 bulk loader: committed at {@link #finish()}. */
    static DocumentSink bulkInto(KnowledgeStore store) {
        return bulkInto(store, BulkLoad.DEFAULT_COMMIT_EVERY);
    }

    /** As {@link #bulkInto(KnowledgeStore)}, committing every {@code commitEvery} documents. */
    static DocumentSink bulkInto(KnowledgeStore store, int commitEvery) {
        BulkLoad load = store.bulkLoad(commitEvery);
        return new DocumentSink() {
            @Override
            public IngestOutcome write(DocumentGraph graph) {
                return load.add(graph);
            }

            @Override
            public void finish() {
                load.finish();
            }
        };
    }

    /** As TriG, one named graph per document, streamed. */
    static DocumentSink trig(OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        stream.start();
        Namespaces.standard().getNsPrefixMap().forEach(stream::prefix);
        return new DocumentSink() {
            @Override
            public IngestOutcome write(DocumentGraph graph) {
                Node name = NodeFactory.createURI(graph.name());
                graph.graph().find().forEach(t -> stream.quad(
                        Quad.create(name, t)));
                return IngestOutcome.ADDED;
            }

            @Override
            public void finish() {
                stream.finish();
            }
        };
    }
}
