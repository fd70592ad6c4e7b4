package org.w3id.tigris.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code ontology/tigris.ttl}) and its SHACL shapes ({@code ontology/shapes.ttl}),
 * read from the jar so that Tigris works from any directory.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "ontology/tigris.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";

    private OntologyFiles() {
    }

    public static Optional<Graph> ontology() {
        return read(ONTOLOGY);
    }

    public static Optional<Graph> shapes() {
        return read(SHAPES);
    }

    private static Optional<Graph> read(String resource) {
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(TG.NS).parse(graph);
            return Optional.of(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
