package org.w3id.tigris.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.Namespaces;

/**
 * The Fuseki UI (the jena-fuseki-ui jar's {@code webapp/} directory), found on the class
 * path, in the dependency jar or inside the shaded Tigris jar, as Fuseki's own UI module
 * does when it is not given a directory.
 */
final class FusekiUi {
    private static final Logger LOG = LoggerFactory.getLogger(FusekiUi.class);
    private static final String INDEX = "webapp/index.html";

    private FusekiUi() {
    }

    /**
     * Serves the UI with the endpoints, and the validators and server status its pages call;
     * read-only (no controls to add or edit data) without update services.
     */
    static void addTo(FusekiServer.Builder fb, boolean readOnly) {
        Optional<String> ui = location();
        Optional<String> index = indexHtml();
        if (ui.isEmpty() || index.isEmpty()) {
            LOG.warn("Fuseki UI not found on the class path: serving the endpoints only");
            return;
        }
        fb.addFilter("/*", new FusekiUiFilter(index.get(), readOnly, Namespaces.standard()))
                .staticFileBase(ui.get())
                .addProcessor(AdminGate.SERVER, new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
    }

    /** The UI's start page, as shipped. */
    static Optional<String> indexHtml() {
        try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream(INDEX)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The location of the UI's files, as a URI string Jetty can serve from. */
    static Optional<String> location() {
        URL index = FusekiUi.class.getClassLoader().getResource(INDEX);
        if (index == null) {
            return Optional.empty();
        }
        String s = index.toExternalForm();
        return Optional.of(s.substring(0, s.length() - "index.html".length()));
    }
}
