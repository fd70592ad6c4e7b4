package org.w3id.tigris.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.tigris.rdf.GEO;

/**
 * The triples of a document that the indexes see: those the text index maps to a field
 * ({@code rdfs:label}, {@code nif:isString}, ...) and the WKT geometries. An index entry
 * belongs to the union of all graphs, not to one document: entities' labels and places'
 * geometries are repeated by every document that names them, so an entry goes only when
 * the last graph holding its triple goes.
 */
final class IndexedTriples {
    private static final Node AS_WKT = GEO.asWKT.asNode();

    private final EntityDefinition definition;

    IndexedTriples(EntityDefinition definition) {
        this.definition = definition;
    }

    Set<Triple> text(Graph graph) {
        Set<Triple> out = new HashSet<>();
        for (String field : definition.fields()) {
            for (Node predicate : definition.getPredicates(field)) {
                graph.find(Node.ANY, predicate, Node.ANY).forEach(t -> {
                    if (t.getObject().isLiteral()) {
                        out.add(t);
                    }
                });
            }
        }
        return out;
    }

    Set<Triple> text(DatasetGraph dsg, Collection<Node> graphs) {
        Set<Triple> out = new HashSet<>();
        graphs.forEach(g -> out.addAll(text(dsg.getGraph(g))));
        return out;
    }

    static Set<Triple> geometries(Graph graph) {
        return graph.find(Node.ANY, AS_WKT, Node.ANY).toSet();
    }

    static Set<Triple> geometries(DatasetGraph dsg, Collection<Node> graphs) {
        Set<Triple> out = new HashSet<>();
        graphs.forEach(g -> out.addAll(geometries(dsg.getGraph(g))));
        return out;
    }

    /** True when some graph of the dataset holds the triple. */
    static boolean inUnion(DatasetGraph dsg, Triple t) {
        return dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext();
    }

    /** The index entry of a triple, as a full rebuild writes it (same uid, so it can be deleted). */
    Entity entity(Triple t) {
        return TextQueryFuncs.entityFromQuad(definition, Quad.create(Quad.defaultGraphIRI, t));
    }
}
