package org.w3id.tigris.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Documents written to a served store together: one TDB2 write transaction for the whole
 * group, then one text index commit and at most one spatial index update for all of them.
 * Per document, the transaction, the journal note, Lucene's commit ({@code fsync}) and the
 * copy-on-write of TDB2's index blocks cost more than the extraction did (profiled: a 200
 * document batch into a store spent 6 of 10 seconds per document waiting on them, and the
 * store grew from 39 MB to 1.4 GB); grouped, they are paid once per group.
 * <p>
 * Readers see the group's documents all at once, when it commits, never part of a document,
 * and with them the event clusters they change, updated in the same transaction ({@link GroupClusters}),
 * unless the store defers that update ({@link ClusterUpkeep#DEFERRED}): then the group hands what
 * it changed to the store, which updates the clusters of several groups at once.
 * A crash before the commit loses the group (the next run stores it again); a crash between
 * the commit and the index work leaves the {@link IndexJournal} note written in the group's
 * transaction, so the indexes are rebuilt by whoever opens the store next.
 * <p>
 * A group belongs to the thread that opened it (a TDB2 transaction does) and holds the
 * store's write lock until {@link #commit()} or {@link #close()}: other writers wait.
 */
public final class DocumentGroup implements AutoCloseable {
    private final LiveStore store;
    private final DatasetGraph tdb;
    private final StoredDocuments documents;
    private final IndexedTriples indexed;
    private final EventClusters clusterRule;
    private final ClusterUpkeep upkeep;
    private final GroupClusters clusters = new GroupClusters();
    private final Set<Triple> oldText = new HashSet<>();
    private final Set<Triple> newText = new HashSet<>();
    private final Set<Triple> oldGeometries = new HashSet<>();
    private final Set<Node> graphs = new HashSet<>();
    private boolean geometryArrives;
    private boolean changed;
    private boolean open;
    private int size;

    DocumentGroup(LiveStore store, DatasetGraph tdb, StoredDocuments documents, IndexedTriples indexed,
                  EventClusters clusterRule, ClusterUpkeep upkeep) {
        this.store = store;
        this.tdb = tdb;
        this.documents = documents;
        this.indexed = indexed;
        this.clusterRule = clusterRule;
        this.upkeep = upkeep;
    }

    /** Begins the write transaction; the caller holds the store's write lock. */
    DocumentGroup begin() {
        tdb.begin(ReadWrite.WRITE);
        open = true;
        return this;
    }

    /**
     * Writes a document, replacing any graph of the same source name (also one written earlier
     * in this group). A {@link DocumentIdentityException} leaves the group as it was; any other
     * failure aborts the whole group, which then refuses further documents.
     */
    public IngestOutcome add(DocumentGraph document) {
        Objects.requireNonNull(document, "document");
        if (!open) {
            throw new IllegalStateException("the group is no longer open");
        }
        try {
            return write(document);
        } catch (DocumentIdentityException e) {
            throw e; // refused before anything was written
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
    }

    private IngestOutcome write(DocumentGraph document) {
        List<Node> previous = documents.graphsOf(document.sourceName());
        Set<Triple> previousText = indexed.text(tdb, previous);
        Set<Triple> previousGeometries = IndexedTriples.geometries(tdb, previous);
        boolean arrives = IndexedTriples.geometries(document.graph()).stream().anyMatch(t -> !IndexedTriples.inUnion(tdb, t));
        GroupClusters.Before clustersBefore = clusters.before(tdb, previous, document.graph());
        IngestOutcome outcome = documents.replace(document, previous);
        size++;
        if (outcome == IngestOutcome.UNCHANGED) {
            return outcome;
        }
        if (!changed) {
            store.noteIndexWork(tdb);
            changed = true;
        }
        oldText.addAll(previousText);
        oldGeometries.addAll(previousGeometries);
        newText.addAll(indexed.text(document.graph()));
        geometryArrives |= arrives;
        graphs.addAll(previous);
        graphs.add(NodeFactory.createURI(document.name()));
        graphs.add(EntityCatalogue.GRAPH); // geometries live in the catalogue too
        clusters.written(tdb, clustersBefore, NodeFactory.createURI(document.name()));
        return outcome;
    }

    /**
     * Removes the document of a source name, if the store holds one, and whatever only it
     * stated from the entity catalogue and the indexes. Returns true when there was one.
     */
    public boolean remove(String sourceName) {
        Objects.requireNonNull(sourceName, "sourceName");
        if (!open) {
            throw new IllegalStateException("the group is no longer open");
        }
        try {
            List<Node> previous = documents.graphsOf(sourceName);
            if (previous.isEmpty()) {
                return false;
            }
            oldText.addAll(indexed.text(tdb, previous));
            oldGeometries.addAll(IndexedTriples.geometries(tdb, previous));
            if (!changed) {
                store.noteIndexWork(tdb);
                changed = true;
            }
            GroupClusters.Before clustersBefore = clusters.before(tdb, previous, Graph.emptyGraph);
            documents.remove(sourceName);
            clusters.removed(tdb, clustersBefore);
            graphs.addAll(previous);
            graphs.add(EntityCatalogue.GRAPH);
            return true;
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
    }

    /** The documents added so far, unchanged ones included. */
    public int size() {
        return size;
    }

    /**
     * Commits the documents and then their index entries: an entry of an older version goes
     * only if no graph holds its triple any more (labels are shared between documents).
     * Releases the store's write lock.
     */
    public void commit() {
        if (!open) {
            throw new IllegalStateException("the group is no longer open");
        }
        IndexDelta delta;
        try {
            delta = delta();
            tdb.commit();
            tdb.end();
        } catch (RuntimeException | Error e) {
            abort();
            throw e;
        }
        open = false;
        try {
            if (changed && upkeep == ClusterUpkeep.DEFERRED) {
                store.oweClusters(clusters);
            }
            if (delta.changesIndexes()) {
                store.apply(delta);
            }
        } finally {
            store.release();
        }
    }

    private IndexDelta delta() {
        if (!changed) {
            return IndexDelta.none();
        }
        if (upkeep == ClusterUpkeep.WITH_EACH_GROUP) {
            // the clusters change with the documents, in their transaction; their labels are indexed
            GroupClusters.Change clustersChange = clusters.apply(tdb, clusterRule);
            oldText.addAll(indexed.text(clustersChange.removed()));
            newText.addAll(indexed.text(clustersChange.added()));
            graphs.add(NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH));
        }
        Set<Triple> gone = oldText.stream()
                .filter(t -> !newText.contains(t) && !IndexedTriples.inUnion(tdb, t))
                .collect(Collectors.toSet());
        boolean geometryLeaves = oldGeometries.stream().anyMatch(t -> !IndexedTriples.inUnion(tdb, t));
        return new IndexDelta(newText, gone, geometryArrives || geometryLeaves, graphs);
    }

    /** Abandons the group: the store stays as before it. Releases the store's write lock. */
    public void abort() {
        if (open) {
            open = false;
            try {
                if (tdb.isInTransaction()) {
                    tdb.abort();
                    tdb.end();
                }
            } finally {
                store.release();
            }
        }
    }

    /** Aborts the group unless it was committed. */
    @Override
    public void close() {
        abort();
    }
}
