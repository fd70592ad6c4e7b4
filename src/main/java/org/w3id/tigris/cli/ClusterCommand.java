package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.util.List;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris cluster --store DIR}: recomputes the cross-source event clusters. */
final class ClusterCommand extends StoreCommand {
    @Override
    public String name() {
        return "cluster";
    }

    @Override
    public String summary() {
        return "recompute which events of different documents report one real-world event";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris cluster --store DIR

                Recomputes the cross-source event clusters of the store DIR from its document
                graphs and replaces the graph <https://w3id.org/tigris/clusters> with them
                (tigris ingest and tigris load do this after every change). Two events of
                different documents are one event when they have the same PLOVER type, their
                dates and places do not contradict each other (days at most one apart; the same
                place, one within the other, or a place no gazetteer locates), and they agree on the day and on a town,
                facility or participant, or on the month, a town or facility and a participant.
                A region counts half a town, a country nothing; an event dated only to the year,
                or undated, is never linked. See tg:EventCluster in ontology/tigris.ttl.
                """;
    }

    @Override
    protected int run(KnowledgeStore store, PrintStream out) {
        EventClusters.Result result = store.rebuildClusters();
        store.rebuildIndexes();
        long linked = result.clusters().stream().mapToLong(List::size).sum();
        out.println(result.clusters().size() + " clusters linking " + linked + " of " + result.reports() + " events");
        return 0;
    }
}
