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
 * Answers {@code GET} on the SPARQL endpoint without a {@code query} (or {@code update}) parameter with the
 * service description, as SPARQL 1.1 Service Description section 2 asks. Every other
 * request passes on to Fuseki untouched.
 */
final class ServiceDescriptionFilter implements Filter {
    private final ServiceDescription description;
    private final ServerAddress address;

    ServiceDescriptionFilter(ServiceDescription description, ServerAddress address) {
        this.description = description;
        this.address = address;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        // An update by GET is Fuseki's to refuse (4xx), not a request for the description.
        if (!read || request.getParameter("query") != null || request.getParameter("update") != null) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("Vary", "Accept");
        if (!response.containsHeader("Access-Control-Allow-Origin")) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
        // Whatever the client accepts, a request without a query gets the description;
        // Turtle when it names none of the RDF syntaxes.
        Representation representation = Representation
                .negotiate(null, request.getHeader("Accept"), Representation.RDF)
                .orElse(Representation.TURTLE);
        if ("HEAD".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(representation.contentType());
            return;
        }
        RdfResponses.write(response, description.describe(address.base(request)), representation);
    }
}
