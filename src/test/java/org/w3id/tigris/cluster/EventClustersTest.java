package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.TG;

/** From document graphs to tg:EventCluster nodes: the reports kept, the disagreements explicit. */
class EventClustersTest {
    private static final String CLUSTERS = "http://localhost:3030/id/cluster/";
    // Two reports of one drone strike (14 and 31 killed, RSF named by one source), a third
    // source's strike in another town the same day, and an undated accusation.
    private static final String DOCUMENTS = """
            @prefix tg: <https://w3id.org/tigris/ontology#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix doc: <http://localhost:3030/id/document/> .
            @prefix ev: <http://localhost:3030/id/event/> .
            @prefix ent: <http://localhost:3030/id/entity/> .
            ent:abu-shouk a tg:Facility ; tg:locatedIn ent:el-fasher .
            ent:el-fasher a tg:City ; tg:locatedIn ent:sudan .
            ent:nyala a tg:City ; tg:locatedIn ent:sudan .
            ent:sudan a tg:Country .
            ev:d1-10-assault a tg:Assault ; prov:wasDerivedFrom doc:d1 ; tg:evidence doc:d1-span-10 ;
                tg:date "2026-10-12"^^xsd:date ; tg:place ent:abu-shouk ; tg:agent ent:rsf ;
                tg:target ent:abu-shouk ; tg:killed 14 ; tg:injured 20 .
            ev:d2-40-assault a tg:Assault ; prov:wasDerivedFrom doc:d2 ; tg:evidence doc:d2-span-40 ;
                tg:date "2026-10-12"^^xsd:date ; tg:place ent:el-fasher ; tg:target ent:abu-shouk ;
                tg:killed 31 .
            ev:d3-5-assault a tg:Assault ; prov:wasDerivedFrom doc:d3 ; tg:evidence doc:d3-span-5 ;
                tg:date "2026-10-12"^^xsd:date ; tg:place ent:nyala ; tg:agent ent:rsf .
            ev:d2-90-accuse a tg:Accuse ; prov:wasDerivedFrom doc:d2 ; tg:evidence doc:d2-span-90 ;
                tg:agent ent:saf ; tg:target ent:rsf .
            """;

    private static Graph documents() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DOCUMENTS, Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<String> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject)
                .mapWith(o -> o.isURI() ? o.getURI() : o.getLiteralLexicalForm()).toSet();
    }

    @Test
    void oneClusterWithItsReportsAndDisagreements() {
        EventClusters.Result result = EventClusters.builder().clusterBase(CLUSTERS).build().compute(documents());
        assertEquals(4, result.reports());
        assertEquals(1, result.clusters().size());
        Graph g = result.graph();
        List<Node> clusters = g.find(Node.ANY, NodeFactory.createURI(
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), TG.EventCluster.asNode())
                .mapWith(Triple::getSubject).toList();
        assertEquals(1, clusters.size());
        Node c = clusters.get(0);
        assertTrue(c.getURI().startsWith(CLUSTERS));
        String ev = "http://localhost:3030/id/event/";
        assertEquals(Set.of(ev + "d1-10-assault", ev + "d2-40-assault"), objects(g, c, TG.report.asNode()));
        assertEquals(Set.of(), objects(g, c, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom")),
                "the documents are the reports', not the cluster's");
        assertEquals(Set.of(TG.NS + "Assault"), objects(g, c, TG.eventType.asNode()));
        assertEquals(Set.of("2"), objects(g, c, TG.reportCount.asNode()));
        assertEquals(Set.of("14"), objects(g, c, TG.killedMin.asNode()));
        assertEquals(Set.of("31"), objects(g, c, TG.killedMax.asNode()));
        // only one source gives an injured figure: the range is that figure
        assertEquals(Set.of("20"), objects(g, c, TG.injuredMin.asNode()));
        assertEquals(Set.of("20"), objects(g, c, TG.injuredMax.asNode()));
        String ent = "http://localhost:3030/id/entity/";
        assertEquals(Set.of(), objects(g, c, TG.agentNamedByAll.asNode()));
        assertEquals(Set.of(ent + "rsf"), objects(g, c, TG.agentNamedBySome.asNode()));
        assertEquals(Set.of(ent + "abu-shouk"), objects(g, c, TG.targetNamedByAll.asNode()));
        assertEquals(Set.of(), objects(g, c, TG.targetNamedBySome.asNode()));
    }

    @Test
    void theClusterIriDependsOnlyOnItsReports() {
        EventClusters clusters = EventClusters.builder().clusterBase(CLUSTERS).build();
        Graph more = documents();
        RDFParser.fromString("""
                @prefix tg: <https://w3id.org/tigris/ontology#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                <http://localhost:3030/id/event/d4-1-consult> a tg:Consult ;
                    prov:wasDerivedFrom <http://localhost:3030/id/document/d4> ;
                    tg:evidence <http://localhost:3030/id/document/d4-span-1> .
                """, Lang.TURTLE).parse(more);
        Set<Node> before = clusters.compute(documents()).graph().find().mapWith(Triple::getSubject).toSet();
        Set<Node> after = clusters.compute(more).graph().find().mapWith(Triple::getSubject).toSet();
        assertEquals(before, after);
    }

    @Test
    void theClustersConformToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString()));
        Graph clusters = EventClusters.builder().clusterBase(CLUSTERS).build().compute(documents()).graph();
        Graph both = documents();
        clusters.find().forEachRemaining(both::add);
        // (the sketched documents break the event shapes; only the clusters are under test)
        assertFalse(ShaclValidator.get().validate(shapes, both).getEntries().stream()
                .anyMatch(e -> e.focusNode().isURI() && e.focusNode().getURI().startsWith(CLUSTERS)));
        // a report of another type breaks them
        Node assault = NodeFactory.createURI("http://localhost:3030/id/event/d2-40-assault");
        both.delete(Triple.create(assault, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                TG.resource("Assault").asNode()));
        both.add(Triple.create(assault, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                TG.resource("Reject").asNode()));
        var wrongType = ShaclValidator.get().validate(shapes, both);
        assertFalse(wrongType.conforms());
        assertTrue(wrongType.getEntries().stream().anyMatch(e -> e.focusNode().isURI()
                && e.focusNode().getURI().startsWith(CLUSTERS) && e.message().contains("tg:eventType")));
        // so does a cluster of one report
        Node c = clusters.find(Node.ANY, TG.report.asNode(), Node.ANY).next().getSubject();
        Graph broken = GraphFactory.createDefaultGraph();
        clusters.find().forEachRemaining(broken::add);
        broken.delete(Triple.create(c, TG.report.asNode(), NodeFactory.createURI("http://localhost:3030/id/event/d2-40-assault")));
        documents().find().forEachRemaining(broken::add);
        var report = ShaclValidator.get().validate(shapes, broken);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().map(e -> e.message()).collect(Collectors.joining("\n"))
                .contains("two or more reports"));
    }
}
