package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Keeps Fuseki's admin area ({@code /$/...}) closed to anonymous users. Open to all: the
 * ping, the read-only server description, the public dataset's request counts and the
 * syntax validators the Fuseki UI needs.
 * Everything else (metrics, statistics, tasks, ...) needs the admin user, authenticated by
 * the security handler; without admin credentials it is closed to everyone.
 */
final class AdminGate implements Filter {
    static final String PING = "/$/ping";
    static final String SERVER = "/$/server";
    /**
     * The request counts of the public dataset, read by every dataset view of the Fuseki UI
     * (closed, the UI opens with a "403" error); other datasets' statistics stay closed.
     */
    static final String DATASET_STATS = "/$/stats" + TigrisServer.DATASET;
    /** The syntax validators of the Fuseki UI: pure functions of their input. */
    static final String VALIDATORS = "/$/validate/";
    /** Jetty path specs of the paths open to anonymous users (the server description for GET only). */
    static final List<String> OPEN_PATH_SPECS = List.of(PING, SERVER, DATASET_STATS, VALIDATORS + "*");

    private final Optional<String> admin;

    AdminGate(Optional<String> admin) {
        this.admin = admin;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isPublic(path, request.getMethod())
                || (admin.isPresent() && admin.get().equals(request.getRemoteUser()))) {
            chain.doFilter(req, res);
            return;
        }
        if (admin.isPresent()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tigris\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "admin login required");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "admin endpoints are disabled (no admin credentials)");
        }
    }

    static boolean isPublic(String path, String method) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (path.equals(PING)) {
            return true;
        }
        if (path.equals(SERVER) || path.equals(DATASET_STATS)) {
            return read;
        }
        return path.startsWith(VALIDATORS);
    }
}
