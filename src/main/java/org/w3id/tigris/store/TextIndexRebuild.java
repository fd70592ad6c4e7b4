package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Rebuilds the jena-text index from what the store holds. The store writes to TDB2
 * directly (one transaction per document, or the bulk loader), which the text index
 * does not see; so after an ingest the index is rebuilt from the union of all graphs,
 * each (subject, property, text) once however many document graphs repeat it.
 */
final class TextIndexRebuild {
    private TextIndexRebuild() {
    }

    /** Returns the number of entries written. */
    static long rebuild(TextIndex index, DatasetGraph base) {
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new IllegalStateException("expected a Lucene text index, found " + index.getClass().getName());
        }
        EntityDefinition definition = index.getDocDef();
        try {
            lucene.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the text index", e);
        }
        long[] count = {0};
        Txn.executeRead(base, () -> {
            Graph union = base.getUnionGraph();
            for (String field : definition.fields()) {
                for (Node predicate : definition.getPredicates(field)) {
                    ExtendedIterator<Triple> it = union.find(Node.ANY, predicate, Node.ANY);
                    try {
                        while (it.hasNext()) {
                            Triple t = it.next();
                            Entity entity = TextQueryFuncs.entityFromQuad(definition,
                                    Quad.create(Quad.defaultGraphIRI, t));
                            if (entity != null) {
                                index.addEntity(entity);
                                count[0]++;
                            }
                        }
                    } finally {
                        it.close();
                    }
                }
            }
        });
        index.commit();
        return count[0];
    }
}
