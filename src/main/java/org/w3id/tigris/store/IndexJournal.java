package org.w3id.tigris.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;

/**
 * The store's note that its indexes may be behind its graphs. The text and spatial indexes
 * live outside TDB2's transactions, so a write commits first and its index entries follow:
 * the note is written in the write's own transaction and removed once the entries are
 * committed. A process killed in between leaves the note, and whoever opens the store next
 * rebuilds the indexes instead of trusting them.
 */
final class IndexJournal {
    private static final Node METADATA = NodeFactory.createURI(IriScheme.METADATA_GRAPH);
    private static final Node PENDING = TG.indexesPending.asNode();
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private IndexJournal() {
    }

    /** Inside the caller's write transaction. */
    static void markPending(DatasetGraph tdb) {
        tdb.add(METADATA, METADATA, PENDING, TRUE);
    }

    /** Inside the caller's transaction. */
    static boolean isPending(DatasetGraph tdb) {
        return tdb.contains(METADATA, METADATA, PENDING, Node.ANY);
    }

    static boolean pending(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> isPending(tdb));
    }

    /** Its own write transaction, once the index entries are committed. */
    static void clear(DatasetGraph tdb) {
        Txn.executeWrite(tdb, () -> tdb.deleteAny(METADATA, METADATA, PENDING, Node.ANY));
    }

    /** In its own write transaction, before index work that a crash could cut short. */
    static void mark(DatasetGraph tdb) {
        Txn.executeWrite(tdb, () -> markPending(tdb));
    }
}
