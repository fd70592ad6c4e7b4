package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /.well-known/void} (RFC 8615, registered for VoID): Turtle unless asked otherwise. */
final class VoidServlet extends HttpServlet {
    private final VoidDescription description;
    private final ServerAddress address;

    VoidServlet(VoidDescription description, ServerAddress address) {
        this.description = description;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RdfResponses.rejectedFormat(request, response, Representation.RDF)) {
            return;
        }
        Optional<Representation> representation = RdfResponses.requested(request, Representation.RDF);
        if (representation.isEmpty()) {
            RdfResponses.notAcceptable(response, Representation.RDF);
            return;
        }
        RdfResponses.write(response, description.describe(address.base(request)), representation.get());
    }
}
