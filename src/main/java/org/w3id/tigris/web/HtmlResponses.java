package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a researcher page. */
final class HtmlResponses {
    /** The pages need nothing but their own inline styles and links to this server. */
    private static final String POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'";

    private HtmlResponses() {
    }

    static void send(HttpServletResponse response, int status, String html) throws IOException {
        if (status >= HttpServletResponse.SC_BAD_REQUEST) {
            // an error is no state of the store to validate against later
            response.setHeader("ETag", null);
            response.setHeader("Last-Modified", null);
        }
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }

    /** A filter or table parameter of the wrong form. */
    static String badRequest(Links links, IllegalArgumentException problem) {
        return Layout.page(links, "Bad request", "<h1>Bad request</h1><p>" + Html.escape(problem.getMessage())
                + "</p><p>" + Html.link(links.path("/tigris"), "Start again") + "</p>");
    }

    static String notFound(Links links, String what) {
        return Layout.page(links, "Not found", "<h1>Not found</h1><p>Tigris knows nothing about <code>"
                + Html.escape(what) + "</code>.</p><p>" + Html.link(links.path("/search"), "Search the graph")
                + "</p>");
    }
}
