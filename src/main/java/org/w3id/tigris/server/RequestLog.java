package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path (without the query string, so query texts and
 * search terms stay out of the log), status and time. Logged at INFO by the logger
 * {@code org.w3id.tigris.server.Request}.
 */
final class RequestLog implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.tigris.server.Request");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            if (LOG.isInfoEnabled() && req instanceof HttpServletRequest request
                    && res instanceof HttpServletResponse response) {
                LOG.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
