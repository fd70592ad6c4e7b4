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
 * write transaction, so readers see the old clusters or the new ones, never a mix. Shared by
 * the command line's batches and the server's live ingest, which must leave the same graph.
 */
final class ClusterRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterRefresh.class);
    private static final Node GRAPH = NodeFactory.createURI(CLUSTERS_GRAPH);

    private ClusterRefresh() {
    }

    static EventClusters.Result refresh(DatasetGraph store, IriScheme iris) {
        long t0 = System.nanoTime();
        EventClusters clusters = EventClusters.builder().clusterBase(iris.clusterPrefix()).build();
        EventClusters.Result result = Txn.calculateWrite(store, () -> {
            store.removeGraph(GRAPH);
            EventClusters.Result r = clusters.compute(store.getUnionGraph());
            store.addGraph(GRAPH, r.graph());
            return r;
        });
        LOG.info("Rebuilt event clusters: {} clusters over {} events ({} ms)", result.clusters().size(),
                result.reports(), (System.nanoTime() - t0) / 1_000_000);
        return result;
    }
}
