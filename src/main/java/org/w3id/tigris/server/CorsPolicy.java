package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin requests. Public read-only services answer any origin with
 * {@code Access-Control-Allow-Origin: *} and never with credentials, so a page elsewhere can
 * read what anyone can read and nothing more. Services behind the admin login (updates, the
 * admin area) answer only their own origin and the origins the operator lists: a request
 * from another origin is refused with 403 before it runs (a form POST needs no preflight,
 * so hiding the answer alone would not stop a page from sending an update with the
 * browser's stored login), and no origin, {@code null} included, is ever echoed unless listed.
 * Preflights allow the request headers the client asks for.
 *
 * @param allowedOrigins the origins ({@code https://host[:port]}) the operator trusts with credentials
 * @param protectedPaths paths (exact, or prefixes ending in {@code /}) behind the admin login
 * @param publicPaths    paths under a protected prefix that are nevertheless public
 */
record CorsPolicy(Set<String> allowedOrigins, List<String> protectedPaths, List<String> publicPaths) implements Filter {
    static final String EXPOSED = "Content-Type, Content-Disposition, Vary, Retry-After, " + LimitedQueryService.MAX_ROWS_HEADER;

    CorsPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins);
        protectedPaths = List.copyOf(protectedPaths);
        publicPaths = List.copyOf(publicPaths);
        allowedOrigins.forEach(CorsPolicy::requireOrigin);
    }

    /** An origin is a scheme, a host and maybe a port: {@code https://notebook.example.org}. */
    static String requireOrigin(String origin) {
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an origin: " + origin);
        }
        boolean ok = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
        if (!ok) {
            throw new IllegalArgumentException("an origin is http(s)://host[:port], not " + origin);
        }
        return origin;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (!isProtected(path(request))) {
            if (origin != null) {
                response.setHeader("Access-Control-Allow-Origin", "*");
                response.setHeader("Access-Control-Expose-Headers", EXPOSED);
            }
            if (preflight) {
                answerPreflight(request, response, "GET, HEAD, POST, OPTIONS");
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        if (origin == null || sameOrigin(request, origin)) {
            chain.doFilter(req, res);
            return;
        }
        if (!allowedOrigins.contains(origin)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "cross-origin requests to this service are not allowed from " + origin);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Credentials", "true");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        response.addHeader("Vary", "Origin");
        if (preflight) {
            answerPreflight(request, response, "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS");
            return;
        }
        chain.doFilter(req, res);
    }

    private static void answerPreflight(HttpServletRequest request, HttpServletResponse response, String methods) {
        response.setHeader("Access-Control-Allow-Methods", methods);
        String requested = request.getHeader("Access-Control-Request-Headers");
        // The headers the client says it will send, custom x-... ones included.
        response.setHeader("Access-Control-Allow-Headers",
                requested == null || requested.isBlank() ? "Accept, Content-Type, Authorization" : requested);
        response.setHeader("Access-Control-Max-Age", "86400");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    boolean isProtected(String path) {
        if (publicPaths.stream().anyMatch(p -> matches(p, path))) {
            return false;
        }
        return protectedPaths.stream().anyMatch(p -> matches(p, path));
    }

    private static boolean matches(String spec, String path) {
        return spec.endsWith("/") ? path.startsWith(spec) || path.equals(spec.substring(0, spec.length() - 1))
                : path.equals(spec);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean sameOrigin(HttpServletRequest request, String origin) {
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
