package org.w3id.tigris.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;

/** A Fuseki server on a free port serving a dataset at /kg with the linked-data module. */
final class TestServer implements AutoCloseable {
    private final FusekiServer server;
    /** Follows redirects, as browsers and RDF clients do: /id/... answers 303. */
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final HttpClient noRedirects = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    TestServer(Dataset dataset) {
        this(dataset, Optional.empty());
    }

    /** Advertising {@code publicUrl} as its address, as behind a proxy. */
    TestServer(Dataset dataset, Optional<String> publicUrl) {
        this(dataset, publicUrl, PageLimits.forThisMachine());
    }

    /** With {@code limits} on the pages, descriptions and dumps. */
    TestServer(Dataset dataset, Optional<String> publicUrl, PageLimits limits) {
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/kg", dataset, false);
        new LinkedDataModule(dataset, SampleGraph.IRIS).publicUrl(publicUrl).limits(limits).addTo(builder);
        this.server = Compression.install(builder.build()).start();
    }

    String url(String path) {
        return "http://localhost:" + server.getHttpPort() + path;
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer itself, a redirect included. */
    HttpResponse<String> getFirst(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return noRedirects.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
