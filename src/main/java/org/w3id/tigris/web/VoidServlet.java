package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /.well-known/void} (RFC 8615, registered for VoID): Turtle unless asked otherwise. */
final class VoidServlet extends HttpServlet {
    private final VoidDescription description;

    VoidServlet(VoidDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        if (RdfResponses.badFormat(format, Representation.RDF)) {
            RdfResponses.plain(response, HttpServletResponse.SC_BAD_REQUEST,
                    "Unknown format '" + format + "'. Use one of ttl, jsonld, nt, rdf.");
            return;
        }
        Optional<Representation> representation =
                Representation.negotiate(format, request.getHeader("Accept"), Representation.RDF);
        if (representation.isEmpty()) {
            RdfResponses.notAcceptable(response, Representation.RDF);
            return;
        }
        RdfResponses.write(response, description.describe(), representation.get());
    }
}
