package org.w3id.tigris.web;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a Tigris IRI dereferences to: the resource's triples from every graph with the labels
 * of what it points to; a document also brings its whole named graph (its text, mentions,
 * events and claims), since the document is that graph's name.
 */
final class ResourceDescriber {
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
            Model model = reader.construct(KgQuery.DESCRIBE, q -> q.setIri("this", iri));
            if (kind == ResourceKind.DOCUMENT) {
                model.add(reader.construct(KgQuery.DOCUMENT_GRAPH, q -> q.setIri("this", iri)));
            }
            return Optional.of(model);
        });
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
