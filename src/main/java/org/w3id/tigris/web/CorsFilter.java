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
 * Lets pages on any origin read the linked-data endpoints (they are public and read-only):
 * {@code Access-Control-Allow-Origin: *} on every answer, and preflight requests answered here.
 */
final class CorsFilter implements Filter {
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        // setHeader, not addHeader: Fuseki's own CORS filter may have set it already, and
        // browsers reject a doubled Access-Control-Allow-Origin.
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Content-Type, Content-Disposition, Vary");
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            String requested = request.getHeader("Access-Control-Request-Headers");
            response.setHeader("Access-Control-Allow-Headers",
                    requested == null || requested.isBlank() ? "Accept, Content-Type" : requested);
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setHeader("Allow", ALLOWED_METHODS);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(req, res);
    }
}
