package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;
import org.w3id.tigris.store.KnowledgeStore;

/** Documents into a running server: POSTed or dropped in its inbox, visible at once, readers never failing. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LiveIngestTest {
    private static final String PREFIXES = "PREFIX tg: <https://w3id.org/tigris/ontology#> "
            + "PREFIX text: <http://jena.apache.org/text#> PREFIX spatial: <http://jena.apache.org/spatial#> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> PREFIX units: <http://www.opengis.net/def/uom/OGC/1.0/> ";
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path dir;
    static TigrisServer server;
    static String base;
    static Path inbox;

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IriScheme iris = ks.iriScheme(Optional.empty());
            RunInfo run = new RunInfo("r", "test", "sha256:0123456789abcdef", List.of(), Instant.parse("2024-01-01T00:00:00Z"));
            ks.ingest(new DocumentGraphBuilder(iris, run).build(SampleExtraction.of("a.txt")));
            OntologyFiles.ontology().ifPresent(ks::loadOntology);
            ks.rebuildIndexes();
        }
        inbox = dir.resolve("inbox");
        server = TigrisServer.create().store(store).port(0).loopbackOnly(true)
                .credentials(Optional.of(new AdminCredentials("admin", "s3cret")))
                .watch(Optional.of(inbox))
                .build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String article(String place, String word) {
        return "Police arrest protesters in " + place + "\n\n"
                + place.toUpperCase() + ", March 4, 2024 - Police in " + place + " arrested twelve protesters on Tuesday"
                + " after a march about the " + word + " tax, the interior ministry said.\n";
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String query, byte[] body, String contentType, boolean authenticated)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/kg/ingest" + query))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authenticated) {
            r.header("Authorization", ADMIN);
        }
        return send(r);
    }

    static String sparql(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8))));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static int count(String where) throws IOException, InterruptedException {
        return Integer.parseInt(sparql("SELECT (COUNT(*) AS ?n) { " + where + " }").lines().toList().get(1).strip());
    }

    @Test
    void aPostedDocumentIsVisibleToSparqlSearchAndPagesAtOnceWhileReadersGoOn() throws Exception {
        // another client, querying and reading pages throughout
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    statuses.add(send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                            + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8)))).statusCode());
                    statuses.add(send(HttpRequest.newBuilder(URI.create(base + "/id/document/a.txt"))
                            .header("Accept", "text/html")).statusCode());
                } catch (IOException | InterruptedException e) {
                    statuses.add(-1);
                }
            }
        });
        reader.start();
        try {
            HttpResponse<String> r = post("?name=live-report.txt", article("Nairobi", "zebrafinch")
                    .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", true);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"added\" : 1"), r.body());

            // the answer comes once the document is committed and indexed: the first look finds it, no retry
            String document = IriScheme.DEFAULT_BASE + "/id/document/live-report.txt"; // the store's base
            assertEquals(1, count("GRAPH <" + document + "> { <" + document + "> tg:sourceName \"live-report.txt\" }"));
            String found = sparql("SELECT DISTINCT ?s { ?s text:query (nif:isString 'zebrafinch') }");
            assertTrue(found.contains(document), found);
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/id/document/live-report.txt")).header("Accept", "text/html"));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("zebrafinch"), "the page shows the document's text");
            String near = sparql("SELECT DISTINCT ?f { ?f spatial:nearby (-1.29 36.82 25 units:kilometre) }");
            assertTrue(near.contains("/id/entity/"), "the spatial index knows the new place: " + near);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertFalse(statuses.isEmpty());
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every read succeeded: " + statuses);
    }

    @Test
    void theDocumentsOfOneRequestBecomeVisibleTogether() throws Exception {
        String[] places = {"Cairo", "Amman", "Beirut", "Tripoli", "Baghdad", "Nairobi"};
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (int i = 0; i < places.length; i++) {
                zip.putNextEntry(new ZipEntry("together/" + i + ".txt"));
                zip.write(article(places[i], "levy" + i).getBytes(StandardCharsets.UTF_8));
            }
        }
        String together = "?d tg:sourceName ?name FILTER (STRSTARTS(?name, \"together/\"))";
        // a reader counts the request's documents throughout: it must never see some of them only
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    seen.add(count(together));
                } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
                    seen.add(-1);
                }
            }
        });
        reader.start();
        HttpResponse<String> r;
        try {
            r = post("", zipped.toByteArray(), "application/zip", true);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertTrue(r.body().contains("\"added\" : " + places.length), r.body());
        assertEquals(places.length, count(together));
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(n -> n == 0 || n == places.length), "all or none: " + seen);
    }

    @Test
    void anAdminCompactsTheServedStoreWhileReadersGoOn() throws Exception {
        HttpRequest.Builder anonymous = HttpRequest.newBuilder(URI.create(base + "/kg/compact?wait=120"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(401, send(anonymous).statusCode(), "compaction is for the admin only");
        int quads = count("GRAPH ?g { ?s ?p ?o }");
        int found = count("{ SELECT DISTINCT ?s { ?s text:query 'mosul' } }");
        assertTrue(found > 0);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try {
                    statuses.add(send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                            + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))).statusCode());
                } catch (IOException | InterruptedException e) {
                    statuses.add(-1);
                }
            }
        });
        reader.start();
        HttpResponse<String> r;
        try {
            r = send(HttpRequest.newBuilder(URI.create(base + "/kg/compact?wait=120"))
                    .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.noBody()));
        } finally {
            reading.set(false);
            reader.join();
        }
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"COMPACTED\"") && r.body().contains("bytes per quad"), r.body());
        assertTrue(statuses.stream().allMatch(s -> s == 200), "every read succeeded: " + statuses);
        assertEquals(quads, count("GRAPH ?g { ?s ?p ?o }"), "every quad kept");
        assertEquals(found, count("{ SELECT DISTINCT ?s { ?s text:query 'mosul' } }"), "search as before");
        // writes go on after it
        HttpResponse<String> posted = post("?name=after-compaction.txt", article("Lima", "quetzalcoatl")
                .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", true);
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(sparql("SELECT DISTINCT ?s { ?s text:query (nif:isString 'quetzalcoatl') }").contains("after-compaction.txt"));
    }

    @Test
    void twoOutletsReportingOneEventJoinOneClusterAsTheyArrive() throws Exception {
        String clusters = "SELECT DISTINCT ?r { GRAPH <" + IriScheme.CLUSTERS_GRAPH
                + "> { ?c a tg:EventCluster ; tg:report ?r } ?r <http://www.w3.org/ns/prov#wasDerivedFrom> ?d ."
                + " ?d tg:sourceName ?name FILTER (?name IN (\"outlet-a.txt\", \"outlet-b.txt\")) }";
        byte[] attack = ("Attack kills twelve in Mombasa\n\nMOMBASA, March 5, 2024 - Al-Shabaab fighters attacked a"
                + " police station in Mombasa on Tuesday, killing twelve people, the interior ministry said.\n")
                .getBytes(StandardCharsets.UTF_8);
        post("?name=outlet-a.txt", attack, "text/plain", true);
        assertEquals(0, count(clusters), "one report is no cluster");
        post("?name=outlet-b.txt", attack, "text/plain", true);
        // the ingest answers once the document is stored; its clusters follow on a thread of their own
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (count(clusters) < 2 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(2, count(clusters), "the second outlet's report joins the first's in a cluster");
    }

    @Test
    void postingAChangedDocumentReplacesItsGraphAndItsIndexEntries() throws Exception {
        post("?name=changing.txt", article("Khartoum", "quokka").getBytes(StandardCharsets.UTF_8), "text/plain", true);
        assertTrue(sparql("SELECT ?s { ?s text:query (nif:isString 'quokka') }").contains("changing.txt"));
        HttpResponse<String> again = post("?name=changing.txt", article("Khartoum", "axolotl")
                .getBytes(StandardCharsets.UTF_8), "text/plain", true);
        assertTrue(again.body().contains("\"replaced\" : 1"), again.body());
        assertFalse(sparql("SELECT ?s { ?s text:query (nif:isString 'quokka') }").contains("changing.txt"), "the old text is gone from search");
        assertTrue(sparql("SELECT ?s { ?s text:query (nif:isString 'axolotl') }").contains("changing.txt"));
        assertEquals(1, count("SELECT DISTINCT ?g { GRAPH ?g { ?d tg:sourceName \"changing.txt\" } }"));
        // Khartoum is named by both versions: its label stays searchable
        assertTrue(sparql("SELECT ?s { ?s text:query 'khartoum' }").contains("/id/entity/"));
        HttpResponse<String> same = post("?name=changing.txt", article("Khartoum", "axolotl")
                .getBytes(StandardCharsets.UTF_8), "text/plain", true);
        assertTrue(same.body().contains("\"unchanged\" : 1"), same.body());
    }

    @Test
    void archivesAndJsonLinesAreIngestedUnderTheirEntryNames() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("2024/zipped-one.txt"));
            zip.write(article("Cairo", "pangolin").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("zipped-two.jsonl"));
            zip.write(("{\"text\": \"" + article("Amman", "narwhal").replace("\n", "\\n") + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> r = post("", zipped.toByteArray(), "application/zip", true);
        assertTrue(r.body().contains("\"added\" : 2"), r.body());
        assertEquals(1, count("?d tg:sourceName \"2024/zipped-one.txt\""));
        assertEquals(1, count("?d tg:sourceName \"zipped-two.jsonl#1\""));

        ByteArrayOutputStream tarred = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(tarred))) {
            byte[] bytes = article("Beirut", "okapi").getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("tarred.txt");
            entry.setSize(bytes.length);
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        }
        HttpResponse<String> t = post("?name=batch.tar.gz", tarred.toByteArray(), "application/octet-stream", true);
        assertTrue(t.body().contains("\"added\" : 1"), t.body());
        assertTrue(sparql("SELECT ?s { ?s text:query (nif:isString 'okapi') }").contains("tarred.txt"));
    }

    @Test
    void ingestIsForTheAdminOnlyAndNeedsANameOrAnArchive() throws Exception {
        byte[] doc = article("Baghdad", "wombat").getBytes(StandardCharsets.UTF_8);
        assertEquals(401, post("?name=x.txt", doc, "text/plain", false).statusCode());
        assertEquals(400, post("", doc, "text/plain", true).statusCode());
        assertEquals(400, post("?name=../escape.txt", doc, "text/plain", true).statusCode());
        HttpResponse<String> empty = post("?name=empty.txt", new byte[0], "text/plain", true);
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("empty.txt: nothing to extract"), empty.body());
        assertEquals(0, count("?d tg:sourceName \"x.txt\""));
    }

    @Test
    void theInboxIngestsEachFileOnceAndSortsItIntoDoneOrFailed() throws Exception {
        Path partial = inbox.resolve(".inbox-news.txt.part");
        Files.writeString(partial, article("Tripoli", "capybara"));
        Files.move(partial, inbox.resolve("inbox-news.txt"));
        Files.write(inbox.resolve("blank.txt"), new byte[0]);
        Path done = inbox.resolve("done/inbox-news.txt");
        Path failed = inbox.resolve("failed/blank.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((!Files.exists(done) || !Files.exists(failed)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(done), "moved to done/");
        assertFalse(Files.exists(inbox.resolve("inbox-news.txt")));
        assertTrue(sparql("SELECT ?s { ?s text:query (nif:isString 'capybara') }").contains("inbox-news.txt"));
        assertTrue(Files.exists(failed), "moved to failed/");
        assertTrue(Files.readString(inbox.resolve("failed/blank.txt.reason.txt")).contains("nothing to extract"));
        assertEquals(1, count("?d tg:sourceName \"inbox-news.txt\""));
    }
}
