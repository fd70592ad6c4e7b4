package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Dereferences Tigris IRIs: {@code GET /id/KIND/SLUG} answers for the IRI
 * {@code BASE/id/KIND/SLUG}, BASE being the one recorded in the store rather than the host
 * the request came to, so the IRIs work behind any proxy or host name. RDF in four syntaxes
 * or the researcher page, by content negotiation or {@code ?format=}.
 */
final class ResourceServlet extends HttpServlet {
    private final GraphReader reader;
    private final IriScheme iris;
    private final String datasetName;

    ResourceServlet(GraphReader reader, IriScheme iris, String datasetName) {
        this.reader = reader;
        this.iris = iris;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RdfResponses.rejectedFormat(request, response, Representation.ALL)) {
            return;
        }
        Optional<Representation> representation = RdfResponses.requested(request, Representation.ALL);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String iri = iris.base() + path;
        ResourceKind kind = ResourceKind.ofPath(path);
        Links links = new Links(iris, request.getContextPath());
        ResourceDescriber describer = new ResourceDescriber(reader);

        if (!describer.exists(iri)) {
            if (representation.filter(r -> r == Representation.HTML).isPresent()) {
                HtmlResponses.send(response, HttpServletResponse.SC_NOT_FOUND, HtmlResponses.notFound(links, iri));
            } else {
                RdfResponses.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: <" + iri + ">");
            }
            return;
        }
        if (representation.isEmpty()) {
            RdfResponses.notAcceptable(response, Representation.ALL);
            return;
        }
        if (representation.get() == Representation.HTML) {
            PageContext context = PageContext.of(reader, links, datasetName, request.getParameterMap());
            try {
                String html = reader.read(() -> page(context, kind, iri));
                HtmlResponses.send(response, HttpServletResponse.SC_OK, html);
            } catch (FacetSelection.BadFacetException e) {
                HtmlResponses.send(response, HttpServletResponse.SC_BAD_REQUEST, HtmlResponses.badRequest(links, e));
            }
            return;
        }
        Optional<Model> description = describer.describe(iri, kind);
        if (description.isEmpty()) {
            // Deleted between the two looks: a re-ingest replaced the graph.
            RdfResponses.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: <" + iri + ">");
            return;
        }
        RdfResponses.write(response, description.get(), representation.get());
    }

    private static String page(PageContext context, ResourceKind kind, String iri) {
        return switch (kind) {
            case ENTITY -> new EntityPage(context).render(iri);
            case DOCUMENT -> new DocumentPage(context).render(iri);
            case CLAIM -> new ClaimPage(context).render(iri);
            case EVENT -> new EventPage(context).render(iri);
            case RUN, OTHER -> new ResourcePage(context).render(iri);
        };
    }
}
