package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** A subject's distinct triples, read by skipping the copies, are those every copy gives. */
class SubjectTriplesTest {
    private static Node iri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    /** Many graphs repeating a description, with values TDB2 stores inline (numbers, dates) and in its node table. */
    private static void fill(DatasetGraph dataset) {
        List<Node> objects = List.of(NodeFactory.createLiteralString("Iraq"), NodeFactory.createLiteralLang("Irak", "fr"),
                NodeFactory.createLiteralDT("-5", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2024-05-03", XSDDatatype.XSDdate), NodeFactory.createLiteralDT("2.5", XSDDatatype.XSDdouble),
                iri("country"), iri("q796"), NodeFactory.createBlankNode("b1"));
        for (int g = 0; g < 300; g++) {
            Node graph = iri("doc" + g);
            for (int i = 0; i < objects.size(); i++) {
                if ((g + i) % 3 != 0) {
                    dataset.add(graph, iri("iraq"), iri("p" + (i % 4)), objects.get(i));
                }
            }
            dataset.add(graph, iri("iraq"), iri("only" + (g % 7)), NodeFactory.createLiteralDT(Integer.toString(g), XSDDatatype.XSDinteger));
            dataset.add(graph, iri("other" + g), iri("p0"), iri("iraq"));
            dataset.add(graph, iri("anbar"), iri("p1"), iri("iraq"));
        }
        dataset.getDefaultGraph().add(Triple.create(iri("iraq"), iri("default"), iri("x")));
    }

    private static Set<Triple> copyByCopy(DatasetGraph dataset, Node subject) {
        Set<Triple> out = new HashSet<>();
        dataset.findNG(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    @Test
    void theDistinctTriplesOfASubjectAreThoseOfEveryCopy() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> fill(tdb));
        Txn.executeRead(tdb, () -> {
            for (String subject : List.of("iraq", "anbar", "other5", "nothing")) {
                Set<Triple> expected = copyByCopy(tdb, iri(subject));
                assertEquals(expected, new HashSet<>(SubjectTriples.of(tdb, iri(subject))), subject);
            }
            assertTrue(SubjectTriples.of(tdb, iri("iraq")).size() > 10);
        });
    }

    @Test
    void withoutTdb2TheCopiesAreRead() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(memory, () -> fill(memory));
        Txn.executeRead(memory, () -> assertEquals(copyByCopy(memory, iri("iraq")),
                new HashSet<>(SubjectTriples.of(memory, iri("iraq")))));
    }
}
