package org.w3id.tigris.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the named graphs say of one subject, each triple once however many graphs state it,
 * reading one index entry per distinct triple, not one per copy.
 * <p>
 * Why: every document naming an entity states its description again, so Iraq's label, types
 * and links stand in nearly every graph of the store (4,903 copies each at 5,000 documents),
 * and a description read from the union default graph reads every copy to keep one. TDB2's
 * SPOG index sorts the copies of a triple next to each other (the graph last), so after the
 * first copy the read jumps past the others to the next predicate and object: a skip scan,
 * one descent of the B+tree per triple. Raw writes to any graph are seen like any other, as
 * nothing here relies on what the writers keep (the entity catalogue).
 * Without TDB2 (or its SPOG index) the graphs are read copy by copy. Call in a read transaction.
 */
public final class SubjectTriples {
    private static final int ID = NodeId.SIZE;

    private SubjectTriples() {
    }

    /** The distinct triples with this subject in the named graphs of {@code dataset}. */
    public static Set<Triple> of(DatasetGraph dataset, Node subject) {
        return spog(dataset).map(index -> skipScan(index, subject)).orElseGet(() -> {
            Set<Triple> out = new LinkedHashSet<>();
            dataset.findNG(Node.ANY, subject, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            return out;
        });
    }

    private record Spog(RangeIndex index, NodeTable nodes) {
    }

    private static Optional<Spog> spog(DatasetGraph graph) {
        while (graph != null && !TDBInternal.isTDB2(graph)) {
            graph = graph instanceof DatasetGraphWrapper wrapper ? wrapper.getWrapped() : null;
        }
        if (graph == null) {
            return Optional.empty();
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(graph);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        for (TupleIndex index : quads.getTupleTable().getIndexes()) {
            if (index.getName().equals("SPOG") && index instanceof TupleIndexRecord record) {
                return Optional.of(new Spog(record.getRangeIndex(), quads.getNodeTable()));
            }
        }
        return Optional.empty();
    }

    private static Set<Triple> skipScan(Spog spog, Node subject) {
        Set<Triple> out = new LinkedHashSet<>();
        NodeId s = spog.nodes().getNodeIdForNode(subject);
        if (s == null || NodeId.isDoesNotExist(s) || !NodeId.isConcrete(s)) {
            return out;
        }
        byte[] from = new byte[4 * ID];
        NodeIdFactory.set(s, from, 0);
        byte[] to = from.clone();
        if (!increment(to, 0, ID)) {
            to = null; // the last subject there can be: scan to the end
        }
        Record last = null;
        while (true) {
            Record low = spog.index().getRecordFactory().create(from);
            Iterator<Record> it = spog.index().iterator(low, to == null ? null : spog.index().getRecordFactory().create(to));
            try {
                if (!it.hasNext()) {
                    return out;
                }
                Record found = it.next();
                if (last != null && Record.compareByKey(found, last) <= 0) {
                    throw new IllegalStateException("SPOG index not in the order expected");
                }
                last = found;
                byte[] key = found.getKey();
                out.add(Triple.create(subject, spog.nodes().getNodeForNodeId(NodeIdFactory.get(key, ID)),
                        spog.nodes().getNodeForNodeId(NodeIdFactory.get(key, 2 * ID))));
                // next: the first entry after every copy of this predicate and object
                System.arraycopy(key, 0, from, 0, 3 * ID);
                java.util.Arrays.fill(from, 3 * ID, 4 * ID, (byte) 0);
                if (!increment(from, ID, 2 * ID)) {
                    return out;
                }
            } finally {
                Iter.close(it);
            }
        }
    }

    /** Adds one to {@code bytes[at, at + length)} read as an unsigned big-endian number; false when it overflows. */
    private static boolean increment(byte[] bytes, int at, int length) {
        for (int i = at + length - 1; i >= at; i--) {
            bytes[i]++;
            if (bytes[i] != 0) {
                return true;
            }
        }
        return false;
    }
}
