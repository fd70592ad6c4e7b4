package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

class StoreSizeTest {

    @Test
    void aTdbStoreIsCountedAsFindCountsIt() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> fill(tdb));
        long found = Txn.calculateRead(tdb, () -> Iter.count(tdb.find()));
        assertEquals(7, found);
        assertEquals(found, StoreSize.quads(tdb));
    }

    @Test
    void aStoreNotInTdbIsCountedByFind() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(memory, () -> fill(memory));
        assertEquals(7, StoreSize.quads(memory));
    }

    /** Two triples in the default graph, five quads in two named graphs (one triple in both). */
    private static void fill(DatasetGraph dsg) {
        Node g1 = uri("g1");
        Node g2 = uri("g2");
        Node p = uri("p");
        dsg.add(Quad.defaultGraphIRI, uri("a"), p, uri("b"));
        dsg.add(Quad.defaultGraphIRI, uri("a"), p, NodeFactory.createLiteralString("c"));
        dsg.add(g1, uri("a"), p, uri("b"));
        dsg.add(g1, uri("a"), p, uri("d"));
        dsg.add(g1, uri("e"), p, NodeFactory.createLiteralString("f"));
        dsg.add(g2, uri("a"), p, uri("b"));
        dsg.add(g2, uri("x"), p, uri("y"));
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
