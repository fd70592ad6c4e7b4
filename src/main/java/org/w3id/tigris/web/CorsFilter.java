package org.w3id.tigris.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets pages on any origin read Tigris (it is public and these endpoints only read):
 * {@code Access-Control-Allow-Origin: *} on every answer, and CORS preflight requests
 * answered here. Other OPTIONS requests go on to the servlet.
 */
final class CorsFilter implements Filter {
    /** For endpoints that only answer GET. */
    static final String READ_METHODS = "GET, HEAD, OPTIONS";
    /** For SPARQL query endpoints, where a long query comes by POST. */
    static final String QUERY_METHODS = "GET, HEAD, POST, OPTIONS";

    private final String allowedMethods;

    CorsFilter(String allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // A server-wide CORS filter may have answered for the origin already (and browsers
        // reject a doubled Access-Control-Allow-Origin): leave its answer alone.
        if (!response.containsHeader("Access-Control-Allow-Origin")) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        // X-SPARQL-MaxRows: the SPARQL endpoint's sign of a cut answer; Retry-After: of a busy server
        response.setHeader("Access-Control-Expose-Headers",
                "Content-Type, Content-Disposition, Vary, Retry-After, X-SPARQL-MaxRows");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeader("Origin") != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            response.setHeader("Access-Control-Allow-Methods", allowedMethods);
            String requested = request.getHeader("Access-Control-Request-Headers");
            response.setHeader("Access-Control-Allow-Headers",
                    requested == null || requested.isBlank() ? "Accept, Content-Type" : requested);
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
