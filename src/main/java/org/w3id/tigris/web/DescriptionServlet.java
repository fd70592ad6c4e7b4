package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The documents describing things: {@code /data/KIND/SLUG.EXT} is the description of
 * {@code BASE/id/KIND/SLUG} in one RDF syntax; {@code /data/KIND/SLUG} without an extension
 * negotiates one. Each says what it is about ({@code foaf:primaryTopic}), names itself in
 * {@code Content-Location}, and carries the store's validators (ETag, Last-Modified, 304).
 * Quads (N-Quads, TriG) keep the named graph, the news document, each statement comes from.
 */
final class DescriptionServlet extends HttpServlet {
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final Node PRIMARY_TOPIC = NodeFactory.createURI(FOAF + "primaryTopic");
    private static final Node DOCUMENT = NodeFactory.createURI(FOAF + "Document");

    private record Request(String thingPath, Representation representation, boolean negotiated) {
    }

    private final GraphReader reader;
    private final IriScheme iris;
    private final ServerAddress address;
    private final ConditionalGet validators;

    DescriptionServlet(GraphReader reader, IriScheme iris, ServerAddress address, ConditionalGet validators) {
        this.reader = reader;
        this.iris = iris;
        this.address = address;
        this.validators = validators;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.substring(DescriptionPaths.DATA.length());
        ResourceDescriber describer = new ResourceDescriber(reader);
        Optional<Request> named = Representation.DESCRIPTIONS.stream()
                .filter(r -> rest.endsWith("." + r.formatName()))
                .map(r -> new Request(DescriptionPaths.thing(rest.substring(0, rest.length() - r.formatName().length() - 1)), r, false))
                .filter(r -> describer.exists(iris.base() + r.thingPath()))
                .findFirst();
        Request wanted;
        if (named.isPresent()) {
            wanted = named.get();
        } else {
            response.setHeader("Vary", "Accept");
            String thingPath = DescriptionPaths.thing(rest);
            if (!describer.exists(iris.base() + thingPath)) {
                RdfResponses.plain(response, HttpServletResponse.SC_NOT_FOUND, "No description at " + path);
                return;
            }
            Optional<Representation> chosen = RdfResponses.requested(request, Representation.DESCRIPTIONS);
            if (chosen.isEmpty()) {
                RdfResponses.notAcceptable(response, Representation.DESCRIPTIONS);
                return;
            }
            wanted = new Request(thingPath, chosen.get(), true);
        }
        String self = address.base(request) + DescriptionPaths.data(wanted.thingPath(), wanted.representation());
        response.setHeader("Content-Location", self);
        if (validators.answeredNotModified(request, response)) {
            return;
        }
        send(response, wanted, self);
    }

    private void send(HttpServletResponse response, Request wanted, String self) throws IOException {
        String iri = iris.base() + wanted.thingPath();
        ResourceKind kind = ResourceKind.ofPath(wanted.thingPath());
        ResourceDescriber describer = new ResourceDescriber(reader);
        Node document = NodeFactory.createURI(self);
        Node topic = NodeFactory.createURI(iri);
        if (wanted.representation().isQuads()) {
            Optional<DatasetGraph> quads = describer.describeQuads(iri, kind);
            if (quads.isEmpty()) {
                notFound(response, iri);
                return;
            }
            quads.get().add(Quad.defaultGraphIRI, document, RDF.type.asNode(), DOCUMENT);
            quads.get().add(Quad.defaultGraphIRI, document, PRIMARY_TOPIC, topic);
            RdfResponses.write(response, quads.get(), wanted.representation());
            return;
        }
        Optional<Model> model = describer.describe(iri, kind);
        if (model.isEmpty()) {
            notFound(response, iri);
            return;
        }
        model.get().getGraph().add(document, RDF.type.asNode(), DOCUMENT);
        model.get().getGraph().add(document, PRIMARY_TOPIC, topic);
        RdfResponses.write(response, model.get(), wanted.representation());
    }

    /** Deleted between the two looks: a re-ingest replaced the graph. */
    private static void notFound(HttpServletResponse response, String iri) throws IOException {
        response.setHeader("ETag", null);
        response.setHeader("Last-Modified", null);
        RdfResponses.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: <" + iri + ">");
    }
}
