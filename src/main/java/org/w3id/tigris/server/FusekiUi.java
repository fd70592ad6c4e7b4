package org.w3id.tigris.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the Fuseki UI (the jena-fuseki-ui jar's {@code webapp/} directory) on the class
 * path, in the dependency jar or inside the shaded Tigris jar, as Fuseki's own UI module
 * does when it is not given a directory.
 */
final class FusekiUi {
    private static final String INDEX = "webapp/index.html";

    private FusekiUi() {
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
