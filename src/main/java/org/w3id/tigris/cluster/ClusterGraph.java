package org.w3id.tigris.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.tigris.rdf.TG;

/**
 * Writes clusters as RDF: one tg:EventCluster per cluster with its reports (each with its own
 * prov:wasDerivedFrom; the cluster has none, so that what a document states stays what is
 * derived from it) and where they disagree (casualty ranges over the reports that give a figure; agents and
 * targets named by every report or by some only).
 */
final class ClusterGraph {
    private final String clusterBase;

    /** @param clusterBase the IRI prefix of clusters, e.g. {@code http://host/id/cluster/} */
    ClusterGraph(String clusterBase) {
        this.clusterBase = clusterBase;
    }

    Graph write(List<List<EventReport>> clusters) {
        Graph g = GraphFactory.createDefaultGraph();
        clusters.forEach(c -> add(g, c));
        return g;
    }

    /** The IRI of a cluster is a digest of its reports, so it is stable while they are. */
    String iri(List<EventReport> cluster) {
        String members = cluster.stream().map(EventReport::iri).sorted().collect(Collectors.joining(" "));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));
            return clusterBase + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private void add(Graph g, List<EventReport> cluster) {
        Node c = NodeFactory.createURI(iri(cluster));
        String type = cluster.get(0).type();
        g.add(c, RDF.type.asNode(), TG.EventCluster.asNode());
        g.add(c, TG.eventType.asNode(), NodeFactory.createURI(type));
        g.add(c, RDFS.label.asNode(), NodeFactory.createLiteralString(
                type.substring(type.lastIndexOf('#') + 1) + " reported by " + cluster.size() + " sources"));
        g.add(c, TG.reportCount.asNode(), integer(cluster.size()));
        for (EventReport r : cluster) {
            g.add(c, TG.report.asNode(), NodeFactory.createURI(r.iri()));
        }
        range(g, c, cluster.stream().filter(r -> r.killed().isPresent()).map(r -> r.killed().getAsInt()).toList(),
                TG.killedMin.asNode(), TG.killedMax.asNode());
        range(g, c, cluster.stream().filter(r -> r.injured().isPresent()).map(r -> r.injured().getAsInt()).toList(),
                TG.injuredMin.asNode(), TG.injuredMax.asNode());
        named(g, c, cluster, EventReport::agents, TG.agentNamedByAll.asNode(), TG.agentNamedBySome.asNode());
        named(g, c, cluster, EventReport::targets, TG.targetNamedByAll.asNode(), TG.targetNamedBySome.asNode());
    }

    private static void range(Graph g, Node c, List<Integer> values, Node min, Node max) {
        if (!values.isEmpty()) {
            g.add(c, min, integer(values.stream().mapToInt(Integer::intValue).min().getAsInt()));
            g.add(c, max, integer(values.stream().mapToInt(Integer::intValue).max().getAsInt()));
        }
    }

    private static void named(Graph g, Node c, List<EventReport> cluster, Function<EventReport, Set<String>> role,
                              Node byAll, Node bySome) {
        Set<String> all = new TreeSet<>(role.apply(cluster.get(0)));
        Set<String> some = new HashSet<>();
        for (EventReport r : cluster) {
            all.retainAll(role.apply(r));
            some.addAll(role.apply(r));
        }
        some.removeAll(all);
        all.forEach(a -> g.add(Triple.create(c, byAll, NodeFactory.createURI(a))));
        new TreeSet<>(some).forEach(a -> g.add(Triple.create(c, bySome, NodeFactory.createURI(a))));
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
