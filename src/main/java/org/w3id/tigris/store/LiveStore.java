package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.geosparql.spatial.SpatialIndex;
import org.apache.jena.geosparql.spatial.SpatialIndexException;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexIoKryo;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexPerGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;

/**
 * A store being served, written to while readers query it. Each document is written in one
 * TDB2 write transaction (readers see the old graph or the new one, never part of either),
 * then its own text and spatial index entries follow: nothing is rebuilt, so the cost of a
 * write does not grow with the store. {@link IndexJournal} covers the gap between the two.
 * <p>
 * Writes are serialised here; reads run beside them.
 */
public final class LiveStore {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);

    private final DatasetGraph tdb;
    private final DatasetGraph served;
    private final TextIndex text;
    private final Path spatialIndexFile;
    private final StoredDocuments documents;
    private final IndexedTriples indexed;
    private boolean notedHere; // the pending note is this writer's, to remove when settled

    private LiveStore(DatasetGraph tdb, DatasetGraph served, TextIndex text, Path spatialIndexFile) {
        this.tdb = tdb;
        this.served = served;
        this.text = text;
        this.spatialIndexFile = spatialIndexFile;
        this.documents = new StoredDocuments(tdb);
        this.indexed = new IndexedTriples(text.getDocDef());
    }

    /** Over the dataset a server serves (GeoSPARQL over jena-text over TDB2), as assembled from {@code assembly}. */
    public static LiveStore over(StoreAssembly assembly, DatasetGraph served) {
        return find(assembly, served).orElseThrow(() -> new IllegalStateException("the served dataset has no text index"));
    }

    /** As {@link #over}, or nothing for a dataset described without a text index. */
    public static Optional<LiveStore> find(StoreAssembly assembly, DatasetGraph served) {
        return textDataset(served).map(text ->
                new LiveStore(assembly.assembleTdb(), served, text.getTextIndex(), assembly.spatialIndexFile()));
    }

    private static Optional<DatasetGraphText> textDataset(DatasetGraph dsg) {
        DatasetGraph current = dsg;
        while (true) {
            if (current instanceof DatasetGraphText found) {
                return Optional.of(found);
            }
            if (!(current instanceof DatasetGraphWrapper wrapper)) {
                return Optional.empty();
            }
            current = wrapper.getWrapped();
        }
    }

    /** The IRI scheme recorded in the store, or the default one. */
    public IriScheme iriScheme() {
        Node metadata = NodeFactory.createURI(IriScheme.METADATA_GRAPH);
        return Txn.calculateRead(tdb, () -> {
            var it = tdb.find(metadata, Node.ANY, TG.iriBase.asNode(), Node.ANY);
            return it.hasNext() ? new IriScheme(it.next().getObject().getLiteralLexicalForm())
                    : IriScheme.defaultScheme();
        });
    }

    public boolean isCurrent(String sourceName, String contentHash, String pipelineFingerprint) {
        return Txn.calculateRead(tdb, () -> documents.holds(sourceName, contentHash, pipelineFingerprint));
    }

    /**
     * Stores a document's graph, replacing any graph of the same source name, and updates its
     * index entries. The note that index work is under way is written with the first document
     * that needs it and removed by {@link #settle()}, not after each document: a transaction
     * less per document (each TDB2 commit grows the files). A note left by someone else stays.
     */
    public synchronized IngestOutcome write(DocumentGraph document) {
        Node name = NodeFactory.createURI(document.name());
        IndexDelta delta = Txn.calculateWrite(tdb, () -> {
            boolean noted = IndexJournal.isPending(tdb);
            List<Node> previous = documents.graphsOf(document.sourceName());
            Set<Triple> oldText = indexed.text(tdb, previous);
            Set<Triple> oldGeometries = IndexedTriples.geometries(tdb, previous);
            Set<Triple> newGeometries = IndexedTriples.geometries(document.graph());
            boolean geometryArrives = newGeometries.stream().anyMatch(t -> !IndexedTriples.inUnion(tdb, t));
            IngestOutcome outcome = documents.replace(document, previous);
            if (outcome == IngestOutcome.UNCHANGED) {
                return IndexDelta.unchanged();
            }
            Set<Triple> newText = indexed.text(document.graph());
            Set<Triple> gone = oldText.stream()
                    .filter(t -> !newText.contains(t) && !IndexedTriples.inUnion(tdb, t))
                    .collect(Collectors.toSet());
            boolean geometryLeaves = oldGeometries.stream().anyMatch(t -> !IndexedTriples.inUnion(tdb, t));
            Set<Node> graphs = new HashSet<>(previous);
            graphs.add(name);
            if (!noted) {
                IndexJournal.markPending(tdb);
                notedHere = true;
            }
            return new IndexDelta(outcome, newText, gone, geometryArrives || geometryLeaves, graphs);
        });
        if (delta.changesIndexes()) {
            apply(delta);
        }
        return delta.outcome();
    }

    /**
     * Recomputes the cross-source event clusters after documents changed, as a batch on the
     * command line does: a new report can join, leave or split any cluster of its type.
     */
    public synchronized void refreshClusters() {
        ClusterRefresh.refresh(tdb, iriScheme());
    }

    /** Removes the note {@link #write} made, once every write so far has its index entries committed. */
    public synchronized void settle() {
        if (notedHere) {
            IndexJournal.clear(tdb);
            notedHere = false;
        }
    }

    /** Rebuilds both indexes when a write was cut short before its entries were committed. */
    public synchronized boolean repairIfPending() {
        if (!IndexJournal.pending(tdb)) {
            return false;
        }
        LOG.warn("The store's indexes were left behind its graphs (a write was cut short): rebuilding them");
        rebuildAll();
        return true;
    }

    /** Rebuilds the text and spatial indexes from the stored graphs. */
    public synchronized void rebuildAll() {
        IndexJournal.mark(tdb);
        TextIndexRebuild.rebuild(text, tdb);
        SpatialIndexRebuild.rebuild(tdb, spatialIndexFile).ifPresent(index -> SpatialIndexLib.setSpatialIndex(served, index));
        IndexJournal.clear(tdb);
        notedHere = false;
    }

    private void apply(IndexDelta delta) {
        for (Triple t : delta.textGone()) {
            Entity e = indexed.entity(t);
            if (e != null) {
                text.deleteEntity(e);
            }
        }
        for (Triple t : delta.textPut()) {
            Entity e = indexed.entity(t);
            if (e != null) {
                text.deleteEntity(e); // by uid: the same entry is never there twice
                text.addEntity(e);
            }
        }
        text.commit();
        if (delta.spatialChanged()) {
            updateSpatial(delta.graphs());
        }
    }

    private void updateSpatial(Set<Node> graphs) {
        SpatialIndex current = SpatialIndexLib.getSpatialIndex(served);
        if (!(current instanceof SpatialIndexPerGraph perGraph)) {
            SpatialIndexRebuild.rebuild(tdb, spatialIndexFile).ifPresent(index -> SpatialIndexLib.setSpatialIndex(served, index));
            return;
        }
        Set<String> names = new HashSet<>();
        names.add(Quad.defaultGraphIRI.getURI());
        graphs.forEach(g -> names.add(g.getURI()));
        try {
            SpatialIndexPerGraph.recomputeIndexForGraphs(perGraph, tdb, names);
            Files.createDirectories(spatialIndexFile.toAbsolutePath().getParent());
            SpatialIndexIoKryo.save(spatialIndexFile, perGraph);
        } catch (SpatialIndexException e) {
            throw new IllegalStateException("cannot update the spatial index: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spatial index " + spatialIndexFile, e);
        }
    }
}
