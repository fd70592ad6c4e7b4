package org.w3id.tigris.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.tigris.rdf.DocumentGraph;

/**
 * Fills a store that holds no documents yet with TDB2's bulk loader, which writes many
 * documents in one pass instead of one transaction each (on a batch of 500 news pages
 * the per-document commits cost more than the extraction). Documents only reach the
 * loader whole, once built, so a document that fails never touches the store; if the
 * load itself fails, the store is left empty, as it was.
 * <p>
 * Not thread-safe: one writer at a time, as for {@link KnowledgeStore#ingest}. The loader
 * holds a transaction on the thread that started it: that thread must not use the store
 * otherwise until {@link #finish()}.
 */
public final class BulkLoad {
    private final DataLoader loader;
    private final StreamRDF stream;
    private final Map<String, String> hashBySourceName = new HashMap<>();
    private final Map<String, String> sourceNameByGraph = new HashMap<>();
    private boolean open = true;

    BulkLoad(DatasetGraph tdb) {
        MonitorOutput quiet = (format, args) -> { };
        this.loader = LoaderFactory.phasedLoader(tdb, quiet);
        this.loader.startBulk();
        this.stream = loader.stream();
        this.stream.start();
    }

    /**
     * Adds a document. The same source name twice in one load is stored once: a second
     * version with other content is refused, since a bulk load cannot replace.
     */
    public IngestOutcome add(DocumentGraph document) {
        Objects.requireNonNull(document, "document");
        if (!open) {
            throw new IllegalStateException("the bulk load has ended");
        }
        String owner = sourceNameByGraph.putIfAbsent(document.name(), document.sourceName());
        if (owner != null && !owner.equals(document.sourceName())) {
            throw new DocumentIdentityException(document.name(), owner);
        }
        String previous = hashBySourceName.putIfAbsent(document.sourceName(), document.contentHash());
        if (previous != null) {
            if (previous.equals(document.contentHash())) {
                return IngestOutcome.UNCHANGED;
            }
            throw new IllegalArgumentException("another document named " + document.sourceName()
                    + " is in the same batch; ingest it again to replace the first");
        }
        Node name = NodeFactory.createURI(document.name());
        document.graph().find().forEach(t -> stream.quad(Quad.create(name, t)));
        return IngestOutcome.ADDED;
    }

    /** Commits everything added. */
    public void finish() {
        if (open) {
            open = false;
            stream.finish();
            loader.finishBulk();
        }
    }

    /** Abandons the load: the store is left as it was before. */
    public void abort(Exception cause) {
        if (open) {
            open = false;
            loader.finishException(cause);
        }
    }
}
