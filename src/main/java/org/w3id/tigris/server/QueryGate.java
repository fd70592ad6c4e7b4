package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code running} queries at a time, at most {@code queue} more waiting, each for at
 * most {@code maxWait}; beyond that {@code 503 Service Unavailable} with {@code Retry-After}
 * at once. So slow queries hold a bounded number of the server's threads, and the rest stay
 * free for liveness ({@code /$/ping}), pages and the queries that fit. One of the slots is
 * kept for newcomers, under the short deadline {@code quickTimeout} (see {@link QueryLanes}),
 * so a small query is answered while long ones fill the others; the lane a query runs in is
 * left in the request attribute {@value #QUICK_DEADLINE} for the query service. Requests too
 * large to be a sensible query are refused before they are read: {@code 413} for a body,
 * {@code 414} for a query string (so parsing is bounded by the size of what is admitted).
 *
 * @param limits the bounds
 */
record QueryGate(Limits limits, QueryLanes lanes) implements Filter {
    /** Request attribute: the {@link QuickLane} a query was admitted to, absent in the general lane. */
    static final String QUICK_DEADLINE = "org.w3id.tigris.quickLane";

    /**
     * @param timeout    how long the query may run
     * @param retryAfter what to tell a client whose query ran out of it
     */
    record QuickLane(Duration timeout, String retryAfter) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(QueryGate.class);

    /**
     * @param running     queries evaluated at once
     * @param queue       queries waiting for a slot at once
     * @param maxWait     how long one waits before it is turned away
     * @param maxBodyBytes the largest request body (a query or a form)
     * @param maxUrlChars the largest query string
     * @param quickTimeout how long a query in the quick lane may run
     */
    record Limits(int running, int queue, Duration maxWait, long maxBodyBytes, int maxUrlChars,
                  Duration quickTimeout) {
        Limits {
            if (running < 1 || queue < 0 || maxWait.isNegative() || maxBodyBytes < 1 || maxUrlChars < 1
                    || quickTimeout.isNegative() || quickTimeout.isZero()) {
                throw new IllegalArgumentException("query limits must be positive: " + running + ", " + queue);
            }
        }

        /**
         * Two queries per core (one of them the quick lane), twice as many waiting, ten seconds'
         * wait, 1 MB bodies, 64 K query strings, one second in the quick lane.
         */
        static Limits forThisMachine() {
            int running = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
            return new Limits(running, 2 * running, Duration.ofSeconds(10), 1 << 20, 65_536, Duration.ofSeconds(1));
        }

        Limits withRunning(int n) {
            return new Limits(n, 2 * n, maxWait, maxBodyBytes, maxUrlChars, quickTimeout);
        }

        Limits withQuickTimeout(Duration timeout) {
            return new Limits(running, queue, maxWait, maxBodyBytes, maxUrlChars, timeout);
        }
    }

    QueryGate(Limits limits) {
        this(limits, new QueryLanes(limits.running(), limits.queue(), limits.maxWait()));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if ("OPTIONS".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body over " + limits.maxBodyBytes() + " bytes");
            return;
        }
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > limits.maxUrlChars()) {
            refuse(response, HttpServletResponse.SC_REQUEST_URI_TOO_LONG,
                    "query string over " + limits.maxUrlChars() + " characters: send a long query by POST");
            return;
        }
        Optional<QueryLanes.Lane> lane = lanes.admit();
        if (lane.isEmpty()) {
            LOG.info("busy: {} queries running, {} waiting; {} {} turned away", limits.running(), lanes.waiting(),
                    request.getMethod(), request.getRequestURI());
            response.setHeader("Retry-After", retryAfter(limits));
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the server is busy with other queries: try again later");
            return;
        }
        if (lane.get() == QueryLanes.Lane.QUICK) {
            request.setAttribute(QUICK_DEADLINE, new QuickLane(limits.quickTimeout(), retryAfter(limits)));
        }
        try {
            chain.doFilter(req, res);
        } finally {
            lanes.release(lane.get());
        }
    }

    /** The seconds a client turned away is asked to wait: as long as a queued query may. */
    static String retryAfter(Limits limits) {
        return Long.toString(Math.max(1, limits.maxWait().toSeconds()));
    }

    /** A short plain answer (the servlet error page would echo the whole oversized request into the log). */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Connection", "close");
        response.getWriter().println(message);
    }
}
