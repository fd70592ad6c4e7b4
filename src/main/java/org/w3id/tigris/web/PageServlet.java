package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The researcher's page about a thing: {@code /page/KIND/SLUG} for {@code BASE/id/KIND/SLUG},
 * with the store's validators (ETag, Last-Modified, 304).
 */
final class PageServlet extends HttpServlet {
    private final GraphReader reader;
    private final IriScheme iris;
    private final String datasetName;
    private final ConditionalGet validators;

    PageServlet(GraphReader reader, IriScheme iris, String datasetName, ConditionalGet validators) {
        this.reader = reader;
        this.iris = iris;
        this.datasetName = datasetName;
        this.validators = validators;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String thingPath = DescriptionPaths.thing(path.substring(DescriptionPaths.PAGES.length()));
        String iri = iris.base() + thingPath;
        Links links = new Links(iris, request.getContextPath());
        if (!new ResourceDescriber(reader).exists(iri)) {
            HtmlResponses.send(response, HttpServletResponse.SC_NOT_FOUND, HtmlResponses.notFound(links, iri));
            return;
        }
        if (badFacets(request, response, links) || validators.answeredNotModified(request, response)) {
            return;
        }
        PageContext context = PageContext.of(reader, links, datasetName, request.getParameterMap());
        ResourceKind kind = ResourceKind.ofPath(thingPath);
        try {
            String html = reader.read(() -> page(context, kind, iri));
            HtmlResponses.send(response, HttpServletResponse.SC_OK, html);
        } catch (FacetSelection.BadFacetException e) {
            HtmlResponses.send(response, HttpServletResponse.SC_BAD_REQUEST, HtmlResponses.badRequest(links, e));
        }
    }

    /** Answers 400 for malformed filters before any 304 could answer for them. */
    private static boolean badFacets(HttpServletRequest request, HttpServletResponse response, Links links)
            throws IOException {
        try {
            FacetSelection.parse(request.getParameterMap());
            return false;
        } catch (FacetSelection.BadFacetException e) {
            HtmlResponses.send(response, HttpServletResponse.SC_BAD_REQUEST, HtmlResponses.badRequest(links, e));
            return true;
        }
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
