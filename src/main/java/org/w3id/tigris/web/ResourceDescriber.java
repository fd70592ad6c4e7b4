package org.w3id.tigris.web;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.tigris.rdf.GEO;
import org.w3id.tigris.store.SubjectTriples;

/**
 * What a Tigris IRI dereferences to: the resource's triples from every graph with the labels
 * of what it points to; a document also brings its whole named graph (its text, mentions,
 * events and claims), since the document is that graph's name.
 */
final class ResourceDescriber {
    /** The names of what a description points to that come with it. */
    private static final Set<Node> NAMES = Set.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    private final GraphReader reader;

    ResourceDescriber(GraphReader reader) {
        this.reader = reader;
    }

    boolean exists(String iri) {
        return reader.ask(KgQuery.RESOURCE_EXISTS, q -> q.setIri("this", iri));
    }

    /** The description, or empty when the store says nothing about the IRI. */
    Optional<Model> describe(String iri, ResourceKind kind) {
        return reader.read(() -> {
            if (!exists(iri)) {
                return Optional.empty();
            }
            Model model = kind == ResourceKind.ENTITY ? entity(iri)
                    : reader.construct(KgQuery.DESCRIBE, q -> q.setIri("this", iri));
            if (kind == ResourceKind.DOCUMENT) {
                model.add(reader.construct(KgQuery.DOCUMENT_GRAPH, q -> q.setIri("this", iri)));
            }
            return Optional.of(model);
        });
    }

    /**
     * What describe.rq gives for an entity, read without reading every copy of its description
     * ({@link SubjectTriples}): its triples, the names of what they point to, and what its blank
     * nodes and geometries say.
     */
    private Model entity(String iri) {
        DatasetGraph dataset = reader.dataset().asDatasetGraph();
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Triple> own = SubjectTriples.of(dataset, NodeFactory.createURI(iri));
        own.forEach(graph::add);
        for (Triple t : own) {
            Node o = t.getObject();
            if (o.isBlank()) {
                dataset.findNG(Node.ANY, o, Node.ANY, Node.ANY).forEachRemaining(q -> graph.add(q.asTriple()));
            } else if (o.isURI()) {
                boolean geometry = t.getPredicate().equals(GEO.hasGeometry.asNode());
                SubjectTriples.of(dataset, o).stream()
                        .filter(about -> geometry || NAMES.contains(about.getPredicate()))
                        .forEach(graph::add);
            }
        }
        return ModelFactory.createModelForGraph(graph);
    }

    /** The description as quads: each statement in the graph it comes from. */
    Optional<DatasetGraph> describeQuads(String iri, ResourceKind kind) {
        return reader.read(() -> {
            if (!exists(iri)) {
                return Optional.empty();
            }
            DatasetGraph quads = reader.constructQuads(KgQuery.DESCRIBE_QUADS, q -> q.setIri("this", iri));
            if (kind == ResourceKind.DOCUMENT) {
                reader.constructQuads(KgQuery.DOCUMENT_GRAPH_QUADS, q -> q.setIri("this", iri))
                        .find().forEachRemaining(quads::add);
            }
            return Optional.of(quads);
        });
    }
}
