package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.TG;

/** The store's reports by actor, place and month, each read from the graph once per state of the store. */
class GraphReportsTest {
    private static final String EX = "http://example.org/";

    /** Counts the graph's reads. */
    private static final class CountingGraph extends GraphWrapper {
        final AtomicInteger finds = new AtomicInteger();

        CountingGraph(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            finds.incrementAndGet();
            return super.find(s, p, o);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            finds.incrementAndGet();
            return super.find(m);
        }
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @Test
    void aLookupAskedAgainIsNotReadAgain() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(iri("e1"), TG.agent.asNode(), iri("army")));
        g.add(Triple.create(iri("e2"), TG.agent.asNode(), iri("army")));
        g.add(Triple.create(iri("e3"), TG.agent.asNode(), iri("police")));
        g.add(Triple.create(iri("e1"), TG.date.asNode(), NodeFactory.createLiteralDT("2026-11-03", XSDDatatype.XSDdate)));
        g.add(Triple.create(iri("e2"), TG.date.asNode(), NodeFactory.createLiteralDT("2026-11", XSDDatatype.XSDgYearMonth)));
        g.add(Triple.create(iri("e3"), TG.date.asNode(), NodeFactory.createLiteralDT("2026-12-01", XSDDatatype.XSDdate)));
        CountingGraph counted = new CountingGraph(g);
        GraphReports reports = new GraphReports(counted, GraphFactory.createDefaultGraph());

        assertEquals(Set.of(EX + "e1", EX + "e2"), Set.copyOf(reports.withAgent(EX + "army")));
        assertEquals(Set.of(EX + "e1", EX + "e2"), Set.copyOf(reports.datedIn("2026-11")));
        int reads = counted.finds.get();
        assertEquals(Set.of(EX + "e1", EX + "e2"), Set.copyOf(reports.withAgent(EX + "army")));
        assertEquals(Set.of(EX + "e1", EX + "e2"), Set.copyOf(reports.datedIn("2026-11")));
        assertEquals(reads, counted.finds.get(), "asked again, nothing read again");

        assertEquals(Set.of(EX + "e3"), Set.copyOf(reports.withAgent(EX + "police")), "another actor is read");
        assertEquals(Set.of(EX + "e3"), Set.copyOf(reports.datedIn("2026-12")), "another month is read");
    }

    @Test
    void aReportsDateIsReadOnceForEveryBlockThatAsks() {
        Graph g = GraphFactory.createDefaultGraph();
        Node e = iri("e1");
        g.add(Triple.create(e, org.apache.jena.vocabulary.RDF.type.asNode(), NodeFactory.createURI(TG.NS + "Assault")));
        g.add(Triple.create(e, TG.evidence.asNode(), iri("phrase")));
        g.add(Triple.create(e, org.apache.jena.vocabulary.DCTerms.source.asNode(), iri("doc")));
        g.add(Triple.create(e, org.apache.jena.rdf.model.ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom").asNode(), iri("doc")));
        g.add(Triple.create(e, TG.date.asNode(), NodeFactory.createLiteralDT("2026-11-03", XSDDatatype.XSDdate)));
        CountingGraph counted = new CountingGraph(g);
        GraphReports reports = new GraphReports(counted, GraphFactory.createDefaultGraph());
        assertEquals(java.util.Optional.of("2026-11-03"), reports.dateOf(EX + "e1", TG.NS + "Assault"));
        assertEquals(java.util.Optional.empty(), reports.dateOf(EX + "e1", TG.NS + "Protest"), "not a report of that type");
        int reads = counted.finds.get();
        for (int block = 0; block < 10; block++) {
            assertEquals(java.util.Optional.of("2026-11-03"), reports.dateOf(EX + "e1", TG.NS + "Assault"));
            assertEquals(java.util.Optional.empty(), reports.dateOf(EX + "e1", TG.NS + "Protest"));
        }
        assertEquals(reads, counted.finds.get(), "asked again, nothing read again");
    }

    @Test
    void aClustersMembersAreReadOnceForAllOfThem() {
        Graph stored = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 5; i++) {
            stored.add(Triple.create(iri("cluster"), TG.report.asNode(), iri("e" + i)));
        }
        CountingGraph counted = new CountingGraph(stored);
        GraphReports reports = new GraphReports(GraphFactory.createDefaultGraph(), counted);
        Set<String> all = Set.of(EX + "e0", EX + "e1", EX + "e2", EX + "e3", EX + "e4");
        assertEquals(all, reports.clusterOf(EX + "e0"));
        int reads = counted.finds.get();
        for (int i = 1; i < 5; i++) {
            assertEquals(all, reports.clusterOf(EX + "e" + i));
        }
        assertEquals(reads + 4, counted.finds.get(), "one read of each member's cluster, none of its members");
        assertEquals(Set.of(), reports.clusterOf(EX + "alone"));
    }

    @Test
    void aPlacesContainersAreReadOnceForEveryPairThatAsks() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(iri("mosul"), TG.locatedIn.asNode(), iri("nineveh")));
        CountingGraph counted = new CountingGraph(g);
        Places places = new GraphReports(counted, GraphFactory.createDefaultGraph()).places();
        assertEquals(true, places.located(EX + "mosul"));
        assertEquals(false, places.located(EX + "nowhere"));
        int reads = counted.finds.get();
        for (int pair = 0; pair < 10; pair++) {
            assertEquals(true, places.located(EX + "mosul"));
            assertEquals(false, places.located(EX + "nowhere"));
        }
        assertEquals(reads, counted.finds.get(), "asked again, nothing read again");
    }
}
