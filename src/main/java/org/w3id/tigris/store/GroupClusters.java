package org.w3id.tigris.store;

import static org.w3id.tigris.rdf.IriScheme.CLUSTERS_GRAPH;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.cluster.ClusterUpdate;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.cluster.EventReport;
import org.w3id.tigris.cluster.GraphReports;
import org.w3id.tigris.cluster.Places;
import org.w3id.tigris.cluster.ReportReader;
import org.w3id.tigris.rdf.TG;

/**
 * The event clusters of a {@link DocumentGroup}, brought up to date in the group's own write
 * transaction: readers see the documents and their clusters together, and a crash loses
 * both or neither. Only the part of the clusters the group's documents can change is
 * recomputed ({@link ClusterUpdate}), and only its cluster nodes are rewritten; a cluster
 * whose reports are unchanged keeps its IRI (a digest of them) and its triples.
 * <p>
 * The reports that leave are read before their graph goes, with the places as they are then
 * (their blocks depend on them). Should the place hierarchy change under a report that was
 * stored before the group (a {@code tg:locatedIn} or a country or region that comes or
 * goes), its blocks and links change as well: the whole clusters graph is recomputed then.
 */
final class GroupClusters {
    private static final Logger LOG = LoggerFactory.getLogger(GroupClusters.class);
    private static final Node GRAPH = NodeFactory.createURI(CLUSTERS_GRAPH);
    private static final Node REPORT = TG.report.asNode();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The clusters' triples that went and came: their text index entries follow them. */
    record Change(Graph removed, Graph added) { }

    /** What a document's write changes, read before it: the reports leaving, the hierarchy's triples. */
    record Before(List<ClusterUpdate.Touch> touches, Set<String> places, Map<Triple, Boolean> hierarchy) { }

    private final List<ClusterUpdate.Touch> left = new ArrayList<>();
    private final Set<String> leftPlaces = new HashSet<>();
    private final Set<String> arrived = new HashSet<>();
    private final Set<Node> changedPlaces = new HashSet<>();

    /**
     * Reads, before a document's write, the reports of the graphs it replaces with their blocks
     * as the places are now, and the place hierarchy's triples of those graphs and the new one
     * with whether the union holds them.
     */
    Before before(DatasetGraph txn, List<Node> previous, Graph document) {
        GraphReports now = new GraphReports(txn.getUnionGraph(), txn.getGraph(GRAPH));
        Places places = now.places();
        List<ClusterUpdate.Touch> touches = new ArrayList<>();
        Set<String> placesLeaving = new HashSet<>();
        for (Node g : previous) {
            for (EventReport r : new ReportReader(txn.getGraph(g)).reports()) {
                touches.add(ClusterUpdate.touch(r, places));
                placesLeaving.addAll(r.places());
            }
        }
        Map<Triple, Boolean> hierarchy = new HashMap<>();
        Stream.concat(previous.stream().map(txn::getGraph), Stream.of(document)).forEach(g -> {
            List<Triple> found = new ArrayList<>();
            g.find(Node.ANY, TG.locatedIn.asNode(), Node.ANY).forEachRemaining(found::add);
            g.find(Node.ANY, RDF.type.asNode(), TG.Country.asNode()).forEachRemaining(found::add);
            g.find(Node.ANY, RDF.type.asNode(), TG.Region.asNode()).forEachRemaining(found::add);
            found.forEach(t -> hierarchy.computeIfAbsent(t, x -> IndexedTriples.inUnion(txn, x)));
        });
        return new Before(touches, placesLeaving, hierarchy);
    }

    /** Records a document written after {@link #before}: its graph's reports came, the others left. */
    void written(DatasetGraph txn, Before before, Node graph) {
        new ReportReader(txn.getGraph(graph)).reports().forEach(r -> arrived.add(r.iri()));
        removed(txn, before);
    }

    /** Records a document removed after {@link #before} (read with an empty new graph): its reports left. */
    void removed(DatasetGraph txn, Before before) {
        left.addAll(before.touches());
        leftPlaces.addAll(before.places());
        before.hierarchy().forEach((t, was) -> {
            if (was != IndexedTriples.inUnion(txn, t)) {
                changedPlaces.add(t.getSubject());
            }
        });
    }

    /** True when no report came or left since this was made or last {@linkplain #clear() cleared}. */
    boolean isEmpty() {
        return left.isEmpty() && arrived.isEmpty() && changedPlaces.isEmpty();
    }

    /**
     * Takes over what a committed group recorded, so that one update covers several groups: the
     * stored clusters stay those of the store before the first of them, and the update's region is
     * what all of them changed.
     */
    void absorb(GroupClusters group) {
        left.addAll(group.left);
        leftPlaces.addAll(group.leftPlaces);
        arrived.addAll(group.arrived);
        changedPlaces.addAll(group.changedPlaces);
    }

    /** Forgets what was recorded, once the clusters are up to date with it. */
    void clear() {
        left.clear();
        leftPlaces.clear();
        arrived.clear();
        changedPlaces.clear();
    }

    /** Brings the clusters graph up to date, in the caller's write transaction, with what was recorded. */
    Change apply(DatasetGraph txn, EventClusters clusters) {
        Change change = compute(txn, clusters);
        write(txn, change);
        return change;
    }

    /**
     * The clusters' triples that go and come to bring the clusters graph up to date with what
     * was recorded, read in the caller's transaction (a read one will do): the cluster nodes of
     * the recomputed part as they are, and their replacements.
     */
    Change compute(DatasetGraph txn, EventClusters clusters) {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        GraphReports reports = new GraphReports(txn.getUnionGraph(), txn.getGraph(GRAPH));
        if (hierarchyMovedStoredReports(txn, reports)) {
            Graph removed = copy(txn.getGraph(GRAPH));
            Graph added = clusters.compute(txn.getUnionGraph()).graph();
            LOG.info("Recomputed every event cluster: the place hierarchy changed under stored reports ({} ms)",
                    (System.nanoTime() - t0) / 1_000_000);
            return new Change(removed, added);
        }
        ClusterUpdate.Result result = clusters.update(reports, reports.places()).update(left, arrived);
        Set<Node> stale = new HashSet<>();
        Stream.concat(result.region().stream(), left.stream().map(ClusterUpdate.Touch::report)).forEach(r ->
                txn.find(GRAPH, Node.ANY, REPORT, NodeFactory.createURI(r)).forEachRemaining(q -> stale.add(q.getSubject())));
        Graph removed = GraphFactory.createDefaultGraph();
        stale.forEach(c -> txn.find(GRAPH, c, Node.ANY, Node.ANY).forEachRemaining(q -> removed.add(q.asTriple())));
        Graph added = clusters.graph(result.clusters());
        LOG.info("Updated event clusters: {} reports recomputed, {} clusters replaced by {} ({} ms, {} ms CPU)",
                result.region().size(), stale.size(), result.clusters().size(), (System.nanoTime() - t0) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
        return new Change(removed, added);
    }

    /** Writes a computed change into the caller's write transaction. */
    static void write(DatasetGraph txn, Change change) {
        change.removed().find().forEachRemaining(t -> txn.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        change.added().find().forEachRemaining(t -> txn.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * True when a place whose containers or kind changed is the place, or lies within the place,
     * of a report stored before the group: its blocks as the update would read them before and
     * after are not known, so the update cannot be exact.
     */
    private boolean hierarchyMovedStoredReports(DatasetGraph txn, GraphReports reports) {
        if (changedPlaces.isEmpty()) {
            return false;
        }
        Set<String> moved = new HashSet<>();
        changedPlaces.stream().filter(Node::isURI).forEach(p -> moved.addAll(reports.placesWithin(p.getURI())));
        for (String p : moved) {
            if (leftPlaces.contains(p) || reports.withPlace(p).stream()
                    .anyMatch(r -> !arrived.contains(r) && reports.report(r).isPresent())) {
                return true;
            }
        }
        return false;
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }
}
