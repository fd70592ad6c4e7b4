package org.w3id.tigris.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.tigris.rdf.ITSRDF;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The entity catalogue: one copy, in the graph {@link IriScheme#ENTITIES_GRAPH}, of every
 * triple a document graph states about an entity (or an entity's geometry): types, label,
 * other names, links, geometry, containing place.
 * <p>
 * Why: each document graph repeats the description of every entity it names, so in the union
 * default graph the label of a frequent actor is one row per document naming it, and every
 * lookup of it reads them all (thousands). Read in the catalogue, it is one row.
 * <p>
 * The catalogue holds nothing the document graphs do not: it is the set of their entity
 * triples, so the union default graph is the same with it as without it. It is kept so by the
 * writes themselves, at a cost per document that does not grow with the store: a document's
 * entity triples are added (a triple already there is left alone), and when a document is
 * replaced or removed, each entity triple of its old version that no document graph states any
 * more leaves the catalogue. That check is one index probe per triple (stop at the first
 * document graph still holding it), not a count of the documents naming the entity.
 * Callers hold a write transaction.
 */
final class EntityCatalogue {
    static final Node GRAPH = NodeFactory.createURI(IriScheme.ENTITIES_GRAPH);
    /** Graphs that are not documents: their triples are not descriptions taken from a source. */
    private static final Set<Node> NOT_DOCUMENTS = Set.of(GRAPH,
            NodeFactory.createURI(IriScheme.METADATA_GRAPH),
            NodeFactory.createURI(IriScheme.ONTOLOGY_GRAPH),
            NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH),
            Quad.defaultGraphIRI, Quad.defaultGraphNodeGenerated);

    private final String entityPrefix;

    EntityCatalogue(IriScheme iris) {
        this.entityPrefix = iris.entityPrefix();
    }

    /** True for a triple about an entity or its geometry (whose IRI is a fragment of the entity's). */
    boolean describesEntity(Triple t) {
        Node s = t.getSubject();
        return s.isURI() && s.getURI().startsWith(entityPrefix);
    }

    /** True for a document's graph, as against the store's own graphs (ontology, metadata, clusters, catalogue). */
    static boolean isDocumentGraph(Node graph) {
        return !NOT_DOCUMENTS.contains(graph);
    }

    /** The entity triples of one document graph. */
    Set<Triple> descriptions(Graph document) {
        Set<Triple> out = new HashSet<>();
        document.find().forEachRemaining(t -> {
            if (describesEntity(t)) {
                out.add(t);
            }
        });
        return out;
    }

    /** The entity triples of stored graphs, read before they are replaced or removed. */
    Set<Triple> descriptions(DatasetGraph tdb, Collection<Node> graphs) {
        Set<Triple> out = new HashSet<>();
        graphs.forEach(g -> out.addAll(descriptions(tdb.getGraph(g))));
        return out;
    }

    /** Adds a new version's entity triples; those already there (most of a frequent entity's) are only looked up. */
    void add(DatasetGraph tdb, Collection<Triple> added) {
        for (Triple t : added) {
            if (!tdb.contains(GRAPH, t.getSubject(), t.getPredicate(), t.getObject())) {
                tdb.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
    }

    /**
     * After graphs were replaced or removed: each of their entity triples that no document
     * graph states any more leaves the catalogue.
     */
    void withdraw(DatasetGraph tdb, Collection<Triple> previous) {
        for (Triple t : previous) {
            if (!statedByDocument(tdb, t)) {
                tdb.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
    }

    /** True when a document graph states the triple: at most a few index entries are read. */
    static boolean statedByDocument(DatasetGraph tdb, Triple t) {
        Iterator<Quad> it = tdb.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            if (isDocumentGraph(it.next().getGraph())) {
                return true;
            }
        }
        return false;
    }

    /** Makes the catalogue anew from every document graph; returns its size. For a new or repaired store. */
    long rebuild(DatasetGraph tdb) {
        tdb.removeGraph(GRAPH);
        // read first, then write: an iterator over TDB2's indexes must not see them change
        Set<Triple> described = new HashSet<>();
        tdb.find().forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph()) && describesEntity(q.asTriple())) {
                described.add(q.asTriple());
            }
        });
        add(tdb, described);
        return described.size();
    }

    /** Compares the catalogue with the document graphs; in a read transaction. */
    CatalogueAgreement check(DatasetGraph tdb) {
        long[] missing = {0};
        long[] extra = {0};
        long[] size = {0};
        tdb.find().forEachRemaining(q -> {
            if (isDocumentGraph(q.getGraph()) && describesEntity(q.asTriple())
                    && !tdb.contains(GRAPH, q.getSubject(), q.getPredicate(), q.getObject())) {
                missing[0]++; // counted once per document graph stating it
            }
        });
        tdb.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            size[0]++;
            if (!describesEntity(q.asTriple()) || !statedByDocument(tdb, q.asTriple())) {
                extra[0]++;
            }
        });
        return new CatalogueAgreement(size[0], missing[0], extra[0]);
    }

    /** True when the store has documents naming entities but no catalogue (a store made before it). */
    static boolean missing(DatasetGraph tdb) {
        return !tdb.find(GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext()
                && tdb.find(Node.ANY, Node.ANY, ITSRDF.taIdentRef.asNode(), Node.ANY).hasNext();
    }
}
