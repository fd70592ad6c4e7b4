package org.w3id.tigris.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages, descriptions and dumps, bounded: at most {@code limits.concurrent()} at once (one
 * waits up to {@code limits.maxWait()} for a turn), each within its budget: a page's, or the
 * longer one of a download ({@code bulkPaths}). A request turned
 * away or out of time is answered {@code 503} with {@code Retry-After} and a sentence saying
 * which; one whose answer had begun streaming when its time ran out is cut off, so the client
 * sees an incomplete transfer rather than a short answer that looks whole.
 *
 * @param limits    the bounds
 * @param slots     the turns, {@code limits.concurrent()} of them
 * @param bulkPaths the paths of downloads
 * @param deadline  where the budget is kept for the queries that spend it
 */
record PageGate(PageLimits limits, Semaphore slots, Set<String> bulkPaths, RequestDeadline deadline)
        implements Filter {
    PageGate(PageLimits limits, Set<String> bulkPaths, RequestDeadline deadline) {
        this(limits, new Semaphore(limits.concurrent(), true), Set.copyOf(bulkPaths), deadline);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PageGate.class);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!admitted()) {
            LOG.info("busy: {} {} turned away", request.getMethod(), request.getRequestURI());
            busy(response, "The server is busy with other pages: try again in a few seconds.");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Duration budget = bulkPaths.contains(path) ? limits.bulk() : limits.page();
        deadline.begin(budget);
        try {
            chain.doFilter(req, res);
        } catch (QueryCancelledException e) {
            LOG.info("out of time after {} s: {} {}", budget.toSeconds(), request.getMethod(), request.getRequestURI());
            if (response.isCommitted()) {
                throw e;
            }
            busy(response, "This answer took longer than the " + budget.toSeconds()
                    + " s it may take, probably because the server is busy: try again later.");
        } finally {
            deadline.finish();
            slots.release();
        }
    }

    private boolean admitted() {
        try {
            return slots.tryAcquire(limits.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void busy(HttpServletResponse response, String message) throws IOException {
        response.resetBuffer();
        // a partial page is no state of the store, and no attachment
        for (String header : new String[] {"ETag", "Last-Modified", "Content-Disposition"}) {
            response.setHeader(header, null);
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(Math.max(1, limits.maxWait().toSeconds())));
        response.setContentType("text/plain; charset=utf-8");
        byte[] text = (message + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            response.getOutputStream().write(text);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().print(message + "\n");
        }
    }
}
