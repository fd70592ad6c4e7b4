package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

/**
 * Serves the Fuseki UI's start page with Tigris's script in front of the UI (see
 * {@code tigris-ui.js}): the editor's prefix completion from this server's prefixes rather than
 * prefix.cc, so the UI works offline, and, on a read-only server, no controls for adding or
 * editing data. Every other request passes on to the UI's own files and Fuseki.
 */
final class FusekiUiFilter implements Filter {
    private static final String SCRIPT = "tigris-ui.js";
    private static final String PREFIXES = "tigris-prefixes.json";

    private final String index;
    private final byte[] script;
    private final byte[] prefixes;

    FusekiUiFilter(String uiIndexHtml, boolean readOnly, PrefixMapping prefixMapping) {
        String tag = "<script src=\"./" + SCRIPT + "\" data-read-only=\"" + readOnly + "\"></script>";
        int head = uiIndexHtml.indexOf("<script");
        this.index = head < 0 ? uiIndexHtml.replace("</head>", tag + "</head>")
                : uiIndexHtml.substring(0, head) + tag + "\n    " + uiIndexHtml.substring(head);
        this.script = resource(SCRIPT);
        this.prefixes = json(prefixMapping).getBytes(StandardCharsets.UTF_8);
    }

    /** The start page as served. */
    String index() {
        return index;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read) {
            chain.doFilter(req, res);
            return;
        }
        switch (path) {
            case "/", "/index.html" -> send(response, "text/html; charset=utf-8", index.getBytes(StandardCharsets.UTF_8));
            case "/" + SCRIPT -> send(response, "text/javascript; charset=utf-8", script);
            case "/" + PREFIXES -> send(response, "application/json", prefixes);
            default -> chain.doFilter(req, res);
        }
    }

    private static void send(HttpServletResponse response, String type, byte[] body) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** prefix.cc's form: one object, prefix to namespace. */
    static String json(PrefixMapping prefixes) {
        JsonObject object = new JsonObject();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(object::put);
        return object.toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = FusekiUiFilter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
