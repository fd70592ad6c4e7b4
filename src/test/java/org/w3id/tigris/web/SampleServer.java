package org.w3id.tigris.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/**
 * Serves the sample graph with the linked-data module, for trying the pages and the browser
 * test without running an ingest: {@code SampleServer [port]} (default 3031).
 */
public final class SampleServer {
    private SampleServer() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3031;
        Dataset dataset = SampleGraph.dataset();
        FusekiServer.Builder builder = FusekiServer.create().port(port).add("/kg", dataset, false);
        new LinkedDataModule(dataset, SampleGraph.IRIS).addTo(builder);
        Compression.install(builder.build()).start().join();
    }
}
