package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.rdf.IriScheme;

/** The researcher pages that are not resources: home, the document list and search. */
final class WorkbenchServlet extends HttpServlet {
    private static final Set<String> PAGES = Set.of("/tigris", "/tigris/", "/tigris/documents", "/search");

    private final GraphReader reader;
    private final IriScheme iris;
    private final String datasetName;
    private final TextSearch search;
    private final ConditionalGet validators;
    private final BackgroundCount<Map<String, Long>> totals;

    WorkbenchServlet(GraphReader reader, IriScheme iris, String datasetName, ConditionalGet validators,
                     BackgroundCount<Map<String, Long>> totals) {
        this.reader = reader;
        this.totals = totals;
        this.validators = validators;
        this.iris = iris;
        this.datasetName = datasetName;
        this.search = new TextSearch(reader);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Links links = new Links(iris, request.getContextPath());
        if (!PAGES.contains(path)) {
            HtmlResponses.send(response, HttpServletResponse.SC_NOT_FOUND, HtmlResponses.notFound(links, path));
            return;
        }
        if (badFacets(request, response, links) || validators.answeredNotModified(request, response)) {
            return;
        }
        PageContext context = PageContext.of(reader, links, datasetName, request.getParameterMap());
        String html;
        try {
            html = switch (path) {
                case "/tigris", "/tigris/" -> {
                    Optional<Map<String, Long>> counted = totals.get();
                    yield reader.read(() -> new HomePage(context, counted).render());
                }
                case "/tigris/documents" -> reader.read(() -> new DocumentListPage(context).render(page(request)));
                case "/search" -> reader.read(() -> new SearchPage(context, search).render(request.getParameter("q")));
                default -> null;
            };
        } catch (FacetSelection.BadFacetException e) {
            HtmlResponses.send(response, HttpServletResponse.SC_BAD_REQUEST, HtmlResponses.badRequest(links, e));
            return;
        }
        if (html == null) {
            HtmlResponses.send(response, HttpServletResponse.SC_NOT_FOUND, HtmlResponses.notFound(links, path));
        } else {
            HtmlResponses.send(response, HttpServletResponse.SC_OK, html);
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

    private static int page(HttpServletRequest request) {
        try {
            return Math.max(0, Integer.parseInt(request.getParameter("page")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
