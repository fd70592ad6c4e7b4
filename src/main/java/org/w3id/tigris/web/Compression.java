package org.w3id.tigris.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Gzip for every answer a client accepts it for (RDF, pages, SPARQL results, the TriG dump):
 * RDF and HTML compress about tenfold. Jetty leaves out what is compressed already (the
 * N-Quads dump is gzip itself) and answers under a kilobyte, and adds {@code Vary:
 * Accept-Encoding}; it keeps entity tags apart ({@code "…--gzip"}) and strips that suffix
 * from If-None-Match, so conditional requests work the same compressed or not.
 */
public final class Compression {
    private static final int MIN_SIZE = 1024;

    private Compression() {
    }

    /** Puts gzip in front of everything the server answers; call before {@code start()}. */
    public static FusekiServer install(FusekiServer server) {
        Server jetty = server.getJettyServer();
        if (jetty.isStarted()) {
            throw new IllegalStateException("compression must be installed before the server starts");
        }
        Handler inner = jetty.getHandler();
        GzipHandler gzip = new GzipHandler();
        // SPARQL queries come by POST too; their results are what compresses best.
        gzip.setIncludedMethods("GET", "POST");
        gzip.setMinGzipSize(MIN_SIZE);
        gzip.setHandler(inner);
        jetty.setHandler(gzip);
        return server;
    }
}
