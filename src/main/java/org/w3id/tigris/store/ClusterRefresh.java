package org.w3id.tigris.store;

import static org.w3id.tigris.rdf.IriScheme.CLUSTERS_GRAPH;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Replaces the clusters graph with the clusters computed from the document graphs, in one
 * write transaction, so readers see the old clusters or the new ones, never a mix: after a
 * bulk load, on {@code tigris cluster}, and when a crash may have left them behind. Writes of
 * documents outside a bulk load update the clusters they change instead ({@link GroupClusters}).
 */
final class ClusterRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterRefresh.class);
    private static final Node GRAPH = NodeFactory.createURI(CLUSTERS_GRAPH);

    private ClusterRefresh() {
    }

    static EventClusters.Result refresh(DatasetGraph store, IriScheme iris) {
        long t0 = System.nanoTime();
        EventClusters clusters = EventClusters.builder().clusterBase(iris.clusterPrefix()).build();
        EventClusters.Result result = Txn.calculateWrite(store, () -> recompute(store, clusters));
        LOG.info("Rebuilt event clusters: {} clusters over {} events ({} ms)", result.clusters().size(),
                result.reports(), (System.nanoTime() - t0) / 1_000_000);
        return result;
    }

    /** Replaces the clusters graph with the clusters of every stored report, in the caller's write transaction. */
    static EventClusters.Result recompute(DatasetGraph txn, EventClusters clusters) {
        txn.removeGraph(GRAPH);
        EventClusters.Result r = clusters.compute(txn.getUnionGraph());
        txn.addGraph(GRAPH, r.graph());
        return r;
    }
}
