package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

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

    /** Dispatching on a request that already carries ?format= must reject unknown names. */
    static boolean badFormat(String formatParameter, List<Representation> offers) {
        return formatParameter != null && Representation.byFormatName(formatParameter.trim())
                .filter(offers::contains).isEmpty();
    }
}
