package org.w3id.tigris.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
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
    private final IndexEntryWriter entries;
    private final ClusterUpkeep upkeep;
    private final ReentrantLock writing = new ReentrantLock();
    private boolean notedHere; // the pending note is this writer's, to remove when settled; under the lock
    private final GroupClusters owedClusters = new GroupClusters(); // groups' changes not yet clustered; under the lock
    private boolean updating; // an update has taken owed groups and not yet written them; under the lock

    private LiveStore(DatasetGraph tdb, DatasetGraph served, TextIndex text, Path spatialIndexFile, ClusterUpkeep upkeep) {
        this.tdb = tdb;
        this.served = served;
        this.text = text;
        this.spatialIndexFile = spatialIndexFile;
        this.upkeep = upkeep;
        this.documents = new StoredDocuments(tdb);
        this.indexed = new IndexedTriples(text.getDocDef());
        this.entries = new IndexEntryWriter(tdb, served, text, spatialIndexFile, indexed);
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
            return !owedClusters.isEmpty() || updating;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Brings the event clusters up to date with every group committed since the last update
     * ({@link ClusterUpkeep#DEFERRED}), then their labels' text index entries. Returns false when
     * there was nothing to do.
     * <p>
     * The update is worked out in a read transaction, taken while no group commits, so that it
     * covers exactly the groups owed then; groups go on committing meanwhile (only updates write
     * the clusters graph, and one runs at a time), and the next update takes them. Only writing
     * its result holds the store's write lock. Should it fail, the store is as before and those
     * groups are owed again.
     */
    public synchronized boolean updateClusters() {
        GroupClusters taken = new GroupClusters();
        writing.lock();
        try {
            if (owedClusters.isEmpty()) {
                return false;
            }
            taken.absorb(owedClusters);
            owedClusters.clear();
            updating = true;
            tdb.begin(ReadWrite.READ);
        } finally {
            writing.unlock();
        }
        try {
            GroupClusters.Change change;
            try {
                change = taken.compute(tdb, clusterRule());
            } finally {
                tdb.end();
            }
            locked(() -> {
                IndexDelta delta = Txn.calculateWrite(tdb, () -> {
                    GroupClusters.write(tdb, change);
                    Set<Triple> put = indexed.text(change.added());
                    Set<Triple> gone = indexed.text(change.removed()).stream()
                            .filter(t -> !put.contains(t) && !IndexedTriples.inUnion(tdb, t))
                            .collect(Collectors.toSet());
                    return new IndexDelta(put, gone, false, Set.of(NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH)));
                });
                if (delta.changesIndexes()) {
                    apply(delta);
                }
                updating = false;
            });
            return true;
        } catch (RuntimeException | Error e) {
            locked(() -> {
                owedClusters.absorb(taken);
                updating = false;
            });
            throw e;
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
            if (notedHere && owedClusters.isEmpty() && !updating) {
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
        entries.apply(delta);
    }
}
