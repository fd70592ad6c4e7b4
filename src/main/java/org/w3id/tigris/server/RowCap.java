package org.w3id.tigris.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Cuts an answer after {@code max} rows (SELECT) or triples (CONSTRUCT, DESCRIBE) by reading
 * the answer, never by changing the query: a rewritten query can mean something else (Jena
 * 5.6's {@code Query.cloneQuery()} repeats the first HAVING condition in place of the others).
 * The first {@code max} rows are held in memory so that the answer can say whether it was cut
 * before its first byte is sent.
 *
 * @param max the most rows or triples an answer carries
 */
record RowCap(long max) {
    RowCap {
        if (max < 1) {
            throw new IllegalArgumentException("the row cap must be positive");
        }
    }

    /** An answer and whether it lost rows to the cap. */
    record Capped<T>(T answer, boolean cut) {
    }

    Capped<RowSet> rows(RowSet rows) {
        List<Binding> kept = new ArrayList<>();
        while (kept.size() < max && rows.hasNext()) {
            kept.add(rows.next());
        }
        boolean cut = rows.hasNext();
        rows.close();
        return new Capped<>(RowSetStream.create(rows.getResultVars(), kept.iterator()), cut);
    }

    /** CONSTRUCT and DESCRIBE answers are sets: a repeated triple does not count. */
    Capped<Graph> triples(Iterator<Triple> triples) {
        Graph graph = GraphFactory.createDefaultGraph();
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (graph.size() >= max && !graph.contains(t)) {
                return new Capped<>(graph, true);
            }
            graph.add(t);
        }
        return new Capped<>(graph, false);
    }

    Capped<DatasetGraph> quads(Iterator<Quad> quads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        long size = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (dataset.contains(q)) {
                continue;
            }
            if (size >= max) {
                return new Capped<>(dataset, true);
            }
            dataset.add(q);
            size++;
        }
        return new Capped<>(dataset, false);
    }
}
