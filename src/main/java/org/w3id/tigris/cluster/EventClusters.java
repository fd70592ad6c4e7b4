package org.w3id.tigris.cluster;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;

/**
 * Cross-document event identity: reads the reports (per-document events) of a graph, links
 * those that report one real-world event ({@link LinkRule}) and writes the clusters of two or
 * more reports as a graph of tg:EventCluster nodes. The result depends on what is stored, not
 * on the order documents came in: {@link #compute} works over the whole store, and
 * {@link #update} recomputes the part that changed documents can change, to the same result.
 */
public final class EventClusters {
    private final String clusterBase;
    private final UnaryOperator<LinkRule.Builder> ruleSettings;

    private EventClusters(Builder b) {
        this.clusterBase = b.clusterBase;
        this.ruleSettings = b.ruleSettings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What was computed: the clusters and their graph. */
    public record Result(List<List<EventReport>> clusters, int reports, Graph graph) { }

    public Result compute(Graph documents) {
        ReportReader reader = new ReportReader(documents);
        Places places = reader.places();
        List<EventReport> reports = reader.reports();
        LinkRule rule = ruleSettings.apply(LinkRule.builder().places(places)).build();
        List<List<EventReport>> clusters = new EventClusterer(rule, places).cluster(reports);
        return new Result(clusters, reports.size(), new ClusterGraph(clusterBase).write(clusters));
    }

    /**
     * An update of part of the clusters computed by {@link #compute}, over a store's reports
     * and places as they are now, with the same linking rule (see {@link ClusterUpdate}).
     */
    public ClusterUpdate update(ReportLookup reports, Places places) {
        return new ClusterUpdate(reports, places, ruleSettings.apply(LinkRule.builder().places(places)).build());
    }

    /** The graph of clusters, as {@link #compute} writes it. */
    public Graph graph(List<List<EventReport>> clusters) {
        return new ClusterGraph(clusterBase).write(clusters);
    }

    public static final class Builder {
        private String clusterBase;
        private UnaryOperator<LinkRule.Builder> ruleSettings = UnaryOperator.identity();

        /** The IRI prefix of the clusters minted (see IriScheme#clusterPrefix). */
        public Builder clusterBase(String clusterBase) {
            this.clusterBase = clusterBase;
            return this;
        }

        /** Changes the linking rule's tolerances from their defaults. */
        public Builder rule(UnaryOperator<LinkRule.Builder> settings) {
            this.ruleSettings = settings;
            return this;
        }

        public EventClusters build() {
            if (clusterBase == null) {
                throw new IllegalStateException("clusterBase is required");
            }
            return new EventClusters(this);
        }
    }
}
