package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;
import org.w3id.tigris.store.KnowledgeStore;

/** A flood of runaway queries: bounded, turned away with Retry-After, and the server still answers. */
class LoadLimitsTest {
    /** Five-fold cross product of the store: runs until the query timeout stops it. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?p ?q }";

    @TempDir
    static Path dir;
    static TigrisServer server;
    static String base;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IriScheme iris = ks.iriScheme(Optional.empty());
            RunInfo run = new RunInfo("r", "test", "sha256:0123456789abcdef", List.of(), Instant.parse("2024-01-01T00:00:00Z"));
            for (String name : List.of("a.txt", "b.txt", "c.txt")) {
                ks.ingest(new DocumentGraphBuilder(iris, run).build(SampleExtraction.of(name)));
            }
        }
        server = TigrisServer.create().store(store).port(0).loopbackOnly(true)
                .maxConcurrentQueries(2).queryTimeout(Duration.ofSeconds(5)).quickLaneTimeout(Duration.ofSeconds(1))
                .build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpRequest query(String sparql) {
        return HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build();
    }

    @Test
    void runawayQueriesAreBoundedAndTheServerKeepsAnswering() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            flood.add(client.sendAsync(query(RUNAWAY), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500);
        // Liveness while the flood is on: generous bound, the point is "answered, not queued behind it".
        HttpResponse<String> ping = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(base + "/$/ping"))
                .build(), HttpResponse.BodyHandlers.ofString()).get(5, TimeUnit.SECONDS);
        assertEquals(200, ping.statusCode());
        int turnedAway = 0;
        for (CompletableFuture<HttpResponse<String>> f : flood) {
            HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 503, "answered " + r.statusCode());
            if (r.headers().firstValue("Retry-After").isPresent()) {
                assertEquals(503, r.statusCode());
                turnedAway++;
            }
        }
        // 2 running and 4 waiting at most: the others are turned away at once.
        assertTrue(turnedAway >= 32 - 2 - 4, "turned away with Retry-After: " + turnedAway);
        HttpResponse<String> small = HttpClient.newHttpClient().sendAsync(query("ASK { ?s ?p ?o }"),
                HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS);
        assertEquals(200, small.statusCode());
    }

    /**
     * While runaways hold the general lane and fill the queue, a small query is still answered,
     * in the quick lane, before any runaway in the general lane has ended (so it did not wait for
     * a slot there); and the runaway that took the quick lane was stopped with a 503 that says why.
     * Order, not wall-clock time, is asserted: the machine running the tests may be loaded.
     */
    @Test
    void aSmallQueryIsAnsweredDuringAFlood() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        List<CompletableFuture<Long>> endedAt = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            CompletableFuture<HttpResponse<String>> f = client.sendAsync(query(RUNAWAY), HttpResponse.BodyHandlers.ofString());
            flood.add(f);
            endedAt.add(f.thenApply(r -> System.nanoTime()));
        }
        // 26 turned away at once and the one in the quick lane stopped after a second: 27 answers.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (flood.stream().filter(CompletableFuture::isDone).count() < 27 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        HttpResponse<String> small = HttpClient.newHttpClient().send(query("ASK { ?s ?p ?o }"),
                HttpResponse.BodyHandlers.ofString());
        long answeredAt = System.nanoTime();
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("true"), small.body());
        boolean stoppedInQuickLane = false;
        for (int i = 0; i < flood.size(); i++) {
            HttpResponse<String> r = flood.get(i).get(90, TimeUnit.SECONDS);
            boolean turnedAway = r.headers().firstValue("Retry-After").isPresent();
            if (!turnedAway) {
                assertTrue(endedAt.get(i).get() > answeredAt,
                        "a runaway in the general lane ended (" + r.statusCode() + ") before the small query was answered");
            }
            if (r.statusCode() == 503 && r.body().contains("long queries")) {
                assertTrue(turnedAway, "no Retry-After on " + r.body());
                stoppedInQuickLane = true;
            }
        }
        assertTrue(stoppedInQuickLane, "no runaway was stopped in the quick lane");
    }

    @Test
    void oversizedRequestsAreRefusedUnread() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String huge = "ASK { FILTER(\"" + "x".repeat(2 << 20) + "\" != \"\") }";
        assertEquals(413, client.send(query(huge), HttpResponse.BodyHandlers.ofString()).statusCode());
        String longGet = base + "/kg/sparql?query=" + URLEncoder.encode("ASK { FILTER(\"" + "x".repeat(100_000) + "\" != \"\") }",
                StandardCharsets.UTF_8);
        int status = client.send(HttpRequest.newBuilder(URI.create(longGet)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 414 || status == 431, "a 100 KB query string answered " + status);
    }
}
