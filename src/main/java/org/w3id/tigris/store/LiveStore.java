package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
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
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;

/**
 * A store being served, written to while readers query it. Documents are written whole in
 * TDB2 write transactions (readers see the old graph or the new one, never part of either),
 * alone or in a {@link DocumentGroup}, then their own text and spatial index entries follow:
 * nothing is rebuilt, so the cost of a write does not grow with the store. {@link IndexJournal}
 * covers the gap between the two.
 * <p>
 * Writes are serialised here, a group's from its transaction until its index entries are
 * committed, so no two writes' index updates interleave; reads run beside them.
 */
public final class LiveStore {
    private static final Logger LOG = LoggerFactory.getLogger(LiveStore.class);

    private final DatasetGraph tdb;
    private final DatasetGraph served;
    private final TextIndex text;
    private final Path spatialIndexFile;
    private final StoredDocuments documents;
    private final IndexedTriples indexed;
    private final ClusterUpkeep upkeep;
    private final ReentrantLock writing = new ReentrantLock();
    private boolean notedHere; // the pending note is this writer's, to remove when settled; under the lock
    private final GroupClusters owedClusters = new GroupClusters(); // groups' changes not yet clustered; under the lock

    private LiveStore(DatasetGraph tdb, DatasetGraph served, TextIndex text, Path spatialIndexFile, ClusterUpkeep upkeep) {
        this.tdb = tdb;
        this.served = served;
        this.text = text;
        this.spatialIndexFile = spatialIndexFile;
        this.upkeep = upkeep;
        this.documents = new StoredDocuments(tdb);
        this.indexed = new IndexedTriples(text.getDocDef());
    }

    /**
     * Over the dataset a server serves (GeoSPARQL over jena-text over TDB2), as assembled from
     * {@code assembly}, keeping the event clusters up to date as {@code upkeep} says.
     */
    public static LiveStore over(StoreAssembly assembly, DatasetGraph served, ClusterUpkeep upkeep) {
        return find(assembly, served, upkeep)
                .orElseThrow(() -> new IllegalStateException("the served dataset has no text index"));
    }

    /** As {@link #over}, or nothing for a dataset described without a text index. */
    public static Optional<LiveStore> find(StoreAssembly assembly, DatasetGraph served, ClusterUpkeep upkeep) {
        return textDataset(served).map(text -> new LiveStore(assembly.assembleTdb(), served, text.getTextIndex(),
                assembly.spatialIndexFile(), upkeep));
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
        return RecordedBase.schemeOf(tdb);
    }

    public boolean isCurrent(String sourceName, String contentHash, String pipelineFingerprint) {
        return Txn.calculateRead(tdb, () -> documents.holds(sourceName, contentHash, pipelineFingerprint));
    }

    /**
     * Stores a document's graph, replacing any graph of the same source name, and updates its
     * index entries: a group of one (see {@link #group()}).
     */
    public IngestOutcome write(DocumentGraph document) {
        try (DocumentGroup group = group()) {
            IngestOutcome outcome = group.add(document);
            group.commit();
            return outcome;
        }
    }

    /** Removes a document and what only it stated (see {@link DocumentGroup#remove}). */
    public boolean remove(String sourceName) {
        try (DocumentGroup group = group()) {
            boolean removed = group.remove(sourceName);
            group.commit();
            return removed;
        }
    }

    /**
     * Opens a group of documents written in one transaction, their index entries applied once
     * when it commits (see {@link DocumentGroup}). The note that index work is under way is
     * written with the first document that needs it and removed by {@link #settle()}, not
     * after each group: a transaction less each time. A note left by someone else stays.
     * Holds the store's write lock until the group commits or is closed.
     */
    public DocumentGroup group() {
        writing.lock();
        try {
            return new DocumentGroup(this, tdb, documents, indexed, clusterRule(), upkeep).begin();
        } catch (RuntimeException | Error e) {
            writing.unlock();
            throw e;
        }
    }

    private EventClusters clusterRule() {
        return EventClusters.builder().clusterBase(iriScheme().clusterPrefix()).build();
    }

    /** After a group's commit, with {@link ClusterUpkeep#DEFERRED}; the caller holds the write lock. */
    void oweClusters(GroupClusters group) {
        owedClusters.absorb(group);
    }

    /** True when groups were committed since the clusters were last brought up to date. */
    public boolean owesClusters() {
        writing.lock();
        try {
            return !owedClusters.isEmpty();
        } finally {
            writing.unlock();
        }
    }

    /**
     * Brings the event clusters up to date with every group committed since the last update
     * ({@link ClusterUpkeep#DEFERRED}), in one write transaction, and then their labels' text
     * index entries. Returns false when there was nothing to do. Should it fail, the store is
     * as before and the groups are still owed.
     */
    public boolean updateClusters() {
        writing.lock();
        try {
            if (owedClusters.isEmpty()) {
                return false;
            }
            IndexDelta delta = Txn.calculateWrite(tdb, () -> {
                GroupClusters.Change change = owedClusters.apply(tdb, clusterRule());
                Set<Triple> put = indexed.text(change.added());
                Set<Triple> gone = indexed.text(change.removed()).stream()
                        .filter(t -> !put.contains(t) && !IndexedTriples.inUnion(tdb, t))
                        .collect(Collectors.toSet());
                return new IndexDelta(put, gone, false, Set.of(NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH)));
            });
            owedClusters.clear();
            if (delta.changesIndexes()) {
                apply(delta);
            }
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** In a group's write transaction, before its first change. */
    void noteIndexWork(DatasetGraph txn) {
        if (!IndexJournal.isPending(txn)) {
            IndexJournal.markPending(txn);
            notedHere = true;
        }
    }

    /** The end of a group, committed or not. */
    void release() {
        writing.unlock();
    }

    /** Removes the note {@link #write} made, once every write so far has its index entries committed. */
    public void settle() {
        locked(() -> {
            // clusters still owed keep the note: a crash before their update has them recomputed
            if (notedHere && owedClusters.isEmpty()) {
                IndexJournal.clear(tdb);
                notedHere = false;
            }
        });
    }

    /** Rebuilds both indexes when a write was cut short before its entries were committed. */
    public boolean repairIfPending() {
        writing.lock();
        try {
            if (!IndexJournal.pending(tdb)) {
                return false;
            }
            LOG.warn("The store's indexes were left behind its graphs (a write was cut short): rebuilding them");
            // a store written by an older Tigris refreshed its clusters after the documents' commit
            ClusterRefresh.refresh(tdb, iriScheme());
            owedClusters.clear();
            rebuildAll();
            return true;
        } finally {
            writing.unlock();
        }
    }

    /** Rebuilds the text and spatial indexes from the stored graphs. */
    public void rebuildAll() {
        locked(() -> {
            IndexJournal.mark(tdb);
            TextIndexRebuild.rebuild(text, tdb);
            SpatialIndexRebuild.rebuild(tdb, spatialIndexFile).ifPresent(index -> SpatialIndexLib.setSpatialIndex(served, index));
            IndexJournal.clear(tdb);
            notedHere = false;
        });
    }

    private void locked(Runnable work) {
        writing.lock();
        try {
            work.run();
        } finally {
            writing.unlock();
        }
    }

    /** A group's index entries, after its commit; the caller holds the write lock. */
    void apply(IndexDelta delta) {
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
