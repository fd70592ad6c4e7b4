package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;
import org.w3id.tigris.rdf.TG;
import org.w3id.tigris.store.KnowledgeStore;

/** The Fuseki UI on a read-only server: opens without errors, offers no writes, needs nothing from elsewhere. */
class FusekiUiTest {
    @TempDir
    static Path dir;
    private static TigrisServer server;
    private static String base;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IriScheme iris = ks.iriScheme(Optional.empty());
            RunInfo run = new RunInfo("r", "test", "sha256:0123456789abcdef", List.of(), Instant.parse("2024-01-01T00:00:00Z"));
            ks.ingest(new DocumentGraphBuilder(iris, run).build(SampleExtraction.of("a.txt")));
            ks.rebuildIndexes();
        }
        server = TigrisServer.create().store(store).port(0).loopbackOnly(true).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageLoadsTigrisScriptBeforeTheUi() throws Exception {
        String index = get("/").body();
        int script = index.indexOf("<script src=\"./tigris-ui.js\" data-read-only=\"true\">");
        assertTrue(script > 0, index);
        assertTrue(script < index.indexOf("type=\"module\""), "it must run before the UI starts");
        assertEquals(index, get("/index.html").body());
        HttpResponse<String> code = get("/tigris-ui.js");
        assertEquals(200, code.statusCode());
        assertTrue(code.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(code.body().contains("prefix.cc/popular/all.file.json") && code.body().contains("add data"));
    }

    @Test
    void prefixesComeFromThisServer() throws Exception {
        JsonObject prefixes = JSON.parse(get("/tigris-prefixes.json").body());
        assertEquals(TG.NS, prefixes.get("tg").getAsString().value());
        assertEquals("http://www.w3.org/2000/01/rdf-schema#", prefixes.get("rdfs").getAsString().value());
    }

    @Test
    void theDatasetViewsRequestsAreAnswered() throws Exception {
        // every dataset view asks /$/stats/kg; a 403 there is the UI's red error
        HttpResponse<String> stats = get("/$/stats/kg");
        assertEquals(200, stats.statusCode());
        assertTrue(JSON.parse(stats.body()).hasKey("datasets"));
        assertEquals(200, get("/$/server").statusCode());
        for (String closed : List.of("/$/stats", "/$/datasets", "/$/metrics")) {
            assertEquals(403, get(closed).statusCode(), closed);
        }
    }

    @Test
    void withUpdateServicesTheUiKeepsItsWriteViews() {
        String index = new FusekiUiFilter("<html><head><script type=\"module\" src=\"x.js\"></script></head></html>",
                false, Namespaces.standard()).index();
        assertTrue(index.contains("data-read-only=\"false\""), index);
    }
}
