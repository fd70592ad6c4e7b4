package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Writes RDF and the plain error answers of the linked-data endpoints. */
final class RdfResponses {
    private RdfResponses() {
    }

    static void write(HttpServletResponse response, Model model, Representation representation)
            throws IOException {
        // Only our prefixes: a CONSTRUCT result also carries its query's.
        model.clearNsPrefixMap().setNsPrefixes(Vocabularies.PREFIXES);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.contentType());
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, model, representation.rdfFormat());
        out.flush();
    }

    static void write(HttpServletResponse response, DatasetGraph dataset, Representation representation)
            throws IOException {
        dataset.prefixes().clear();
        Vocabularies.PREFIXES.getNsPrefixMap().forEach(dataset.prefixes()::add);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.contentType());
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, dataset, representation.rdfFormat());
        out.flush();
    }

    static void notAcceptable(HttpServletResponse response, List<Representation> offers)
            throws IOException {
        plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable. Available: "
                + offers.stream().map(Representation::mediaType).collect(Collectors.joining(", "))
                + " (or ?format=" + offers.stream().map(Representation::formatName)
                .collect(Collectors.joining("|")) + ")");
    }

    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(message);
    }

    /**
     * Starts a negotiated answer: it varies with Accept, and an unknown {@code ?format=} is
     * answered 400 naming the offers. Returns true when that answer has been sent.
     */
    static boolean rejectedFormat(HttpServletRequest request, HttpServletResponse response,
                                  List<Representation> offers) throws IOException {
        response.setHeader("Vary", "Accept");
        String format = request.getParameter("format");
        if (format == null || Representation.byFormatName(format.trim()).filter(offers::contains).isPresent()) {
            return false;
        }
        plain(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown format '" + format + "'. Use one of "
                + offers.stream().map(Representation::formatName).collect(Collectors.joining(", ")) + ".");
        return true;
    }

    /** The representation a request asks for among {@code offers}, by {@code ?format=} or Accept. */
    static Optional<Representation> requested(HttpServletRequest request, List<Representation> offers) {
        return Representation.negotiate(request.getParameter("format"), request.getHeader("Accept"), offers);
    }
}
