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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code running} queries at a time, at most {@code queue} more waiting, each for at
 * most {@code maxWait}; beyond that {@code 503 Service Unavailable} with {@code Retry-After}
 * at once. So slow queries hold a bounded number of the server's threads, and the rest stay
 * free for liveness ({@code /$/ping}), pages and the queries that fit. Requests too large to
 * be a sensible query are refused before they are read: {@code 413} for a body, {@code 414}
 * for a query string.
 *
 * @param limits the bounds
 */
record QueryGate(Limits limits, Semaphore slots, AtomicInteger waiting) implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(QueryGate.class);

    /**
     * @param running     queries evaluated at once
     * @param queue       queries waiting for a slot at once
     * @param maxWait     how long one waits before it is turned away
     * @param maxBodyBytes the largest request body (a query or a form)
     * @param maxUrlChars the largest query string
     */
    record Limits(int running, int queue, Duration maxWait, long maxBodyBytes, int maxUrlChars) {
        Limits {
            if (running < 1 || queue < 0 || maxWait.isNegative() || maxBodyBytes < 1 || maxUrlChars < 1) {
                throw new IllegalArgumentException("query limits must be positive: " + running + ", " + queue);
            }
        }

        /** Two queries per core, twice as many waiting, ten seconds' wait, 1 MB bodies, 64 K query strings. */
        static Limits forThisMachine() {
            int running = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
            return new Limits(running, 2 * running, Duration.ofSeconds(10), 1 << 20, 65_536);
        }

        Limits withRunning(int n) {
            return new Limits(n, 2 * n, maxWait, maxBodyBytes, maxUrlChars);
        }
    }

    QueryGate(Limits limits) {
        this(limits, new Semaphore(limits.running(), true), new AtomicInteger());
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
        if (!admit()) {
            LOG.info("busy: {} queries running, {} waiting; {} {} turned away", limits.running(), waiting.get(),
                    request.getMethod(), request.getRequestURI());
            response.setHeader("Retry-After", Long.toString(Math.max(1, limits.maxWait().toSeconds())));
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the server is busy with other queries: try again later");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            slots.release();
        }
    }

    /** A short plain answer (the servlet error page would echo the whole oversized request into the log). */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Connection", "close");
        response.getWriter().println(message);
    }

    private boolean admit() {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > limits.queue()) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(limits.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
