package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Dereferences Tigris IRIs: {@code GET /id/KIND/SLUG} names the thing with the IRI
 * {@code BASE/id/KIND/SLUG} (BASE being the one recorded in the store rather than the host
 * the request came to), not a web page, so it answers {@code 303 See Other} to the document
 * describing it in the syntax asked for (content negotiation, or {@code ?format=}): one of the
 * {@link DescriptionPaths}. Unknown IRIs are 404, an unacceptable Accept 406.
 */
final class ResourceServlet extends HttpServlet {
    private final GraphReader reader;
    private final IriScheme iris;
    private final ServerAddress address;

    ResourceServlet(GraphReader reader, IriScheme iris, ServerAddress address) {
        this.reader = reader;
        this.iris = iris;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RdfResponses.rejectedFormat(request, response, Representation.ALL)) {
            return;
        }
        Optional<Representation> representation = RdfResponses.requested(request, Representation.ALL);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String iri = iris.base() + path;
        Links links = new Links(iris, request.getContextPath());
        if (!new ResourceDescriber(reader).exists(iri)) {
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
        String target = representation.get() == Representation.HTML
                ? DescriptionPaths.page(path) + pageParameters(request.getQueryString())
                : DescriptionPaths.data(path, representation.get());
        String location = address.base(request) + target;
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println("See " + location);
    }

    /** The query string a page keeps (its filters), without the {@code format} that chose it. */
    private static String pageParameters(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(p -> !p.equals("format") && !p.startsWith("format="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}
