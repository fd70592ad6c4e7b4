package org.w3id.tigris.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.Quad;

/**
 * The graph store protocol's {@code ?default} on Tigris: reading it gives the union of the
 * named graphs, the default graph every query sees (Fuseki would give the stored default
 * graph, which no query sees); writing it, or sending triples to the dataset without naming
 * a graph, is refused with 400, as a SPARQL update to the default graph is (see
 * {@link DefaultGraphWrites}).
 */
final class DefaultGraphFilter implements Filter {
    static final String DEFAULT = "default";
    static final String GRAPH = "graph";

    private final boolean writable;

    /** @param writable whether the service it guards accepts writes */
    DefaultGraphFilter(boolean writable) {
        this.writable = writable;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (writable && request.getParameter(DEFAULT) == null && request.getParameter(GRAPH) == null
                && putsTriplesIntoTheDefaultGraph(request)) {
            ((HttpServletResponse) res).sendError(HttpServletResponse.SC_BAD_REQUEST, DefaultGraphWrites.MESSAGE);
            return;
        }
        if (request.getParameter(DEFAULT) == null || request.getParameter(GRAPH) != null) {
            chain.doFilter(req, res);
            return;
        }
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            chain.doFilter(new UnionGraphRequest(request), res);
            return;
        }
        if ("OPTIONS".equals(method) || !writable) {
            // a read-only service refuses writes itself (405)
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, DefaultGraphWrites.MESSAGE);
    }

    /**
     * Triples sent to the dataset itself, without a graph: Fuseki would store them in the
     * stored default graph. (Quads name their graphs; quads in a TriG file's default graph
     * are not caught here.)
     */
    private static boolean putsTriplesIntoTheDefaultGraph(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"PUT".equals(method) && !"POST".equals(method) || request.getContentType() == null) {
            return false;
        }
        Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(request.getContentType()).getContentTypeStr());
        return lang != null && RDFLanguages.isTriples(lang) && !RDFLanguages.isQuads(lang);
    }

    /** The request with {@code ?default} read as {@code ?graph=} Jena's name for the union graph. */
    private static final class UnionGraphRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        UnionGraphRequest(HttpServletRequest request) {
            super(request);
            Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
            p.remove(DEFAULT);
            p.put(GRAPH, new String[] {Quad.unionGraph.getURI()});
            this.parameters = Collections.unmodifiableMap(p);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            return GRAPH + "=" + java.net.URLEncoder.encode(Quad.unionGraph.getURI(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
