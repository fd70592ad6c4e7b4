package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.server.TigrisServer;

/**
 * The whole path a user takes: ingest the project's seeds/ into a fresh store with the
 * command line, ingest them again, validate, serve on a free port, and query over HTTP.
 */
class EndToEndTest {
    private static final List<String> SEEDS = List.of("000_721ff39a03d0dd9e.txt", "001_6e4c3134cc37e52f.txt",
            "002_ec3f5c0246aec7ad.txt", "003_ffbb0596cbef440d.txt", "004_0de35cad8aa68667.txt");

    @TempDir
    static Path dir;
    static String firstIngest;
    static String secondIngest;
    static int validateStatus;
    static String validateReport;
    static TigrisServer server;
    static String base;

    @BeforeAll
    static void ingestAndServe() {
        String store = dir.resolve("store").toString();
        CliRun first = CliRun.of("ingest", "--store", store, "seeds");
        assertEquals(0, first.status(), first.err());
        firstIngest = first.out();
        CliRun second = CliRun.of("ingest", "--store", store, "seeds");
        assertEquals(0, second.status(), second.err());
        secondIngest = second.out();
        CliRun validate = CliRun.of("validate", "--store", store);
        validateStatus = validate.status();
        validateReport = validate.out();
        server = TigrisServer.create().store(Path.of(store)).port(0).loopbackOnly(true)
                .credentials(Optional.empty()).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theSeedsAreFiveDocumentsInAGraphEach() throws Exception {
        assertTrue(firstIngest.contains("5 added"), firstIngest);
        assertEquals(List.of("5"), select("SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a tg:Document }"));
        assertEquals(List.of("5"), select("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d a tg:Document } }"));
        assertEquals(List.of("0"), select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?d a tg:Document } FILTER(?g != ?d) }"));
        assertEquals(SEEDS, select("SELECT ?name { ?d tg:sourceName ?name } ORDER BY ?name"));
    }

    @Test
    void ingestingTheSeedsAgainChangesNothing() {
        assertTrue(secondIngest.contains("0 added, 0 replaced, 5 unchanged"), secondIngest);
    }

    @Test
    void theStoreConformsToTheShapes() {
        assertEquals(0, validateStatus, validateReport);
    }

    @Test
    void mentionsPointIntoTheirDocumentsText() throws Exception {
        assertTrue(Long.parseLong(select("SELECT (COUNT(*) AS ?n) { ?m a tg:Mention }").get(0)) > 20);
        assertEquals(List.of("0"), select("""
                SELECT (COUNT(*) AS ?n) {
                  ?m nif:referenceContext ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a .
                  ?d nif:isString ?text
                  FILTER(SUBSTR(?text, ?b + 1, ?e - ?b) != STR(?a))
                }"""));
    }

    @Test
    void theOntologysClassHierarchyIsQueryable() throws Exception {
        assertTrue(Integer.parseInt(select("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?t rdfs:subClassOf* tg:Event }").get(0)) >= 17);
    }

    @Test
    void anonymousUpdatesAreRefusedAndPingAnswers() throws Exception {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        for (String path : List.of("/kg/update", "/kg/sparql", "/kg/query", "/kg", "/kg/data", "/kg/get")) {
            int status = send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(insert))).statusCode();
            assertTrue(List.of(400, 401, 403, 404, 405, 415).contains(status), path + " answered " + status);
        }
        int put = send(HttpRequest.newBuilder(URI.create(base + "/kg/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))).statusCode();
        assertTrue(List.of(401, 403, 404, 405).contains(put), "PUT answered " + put);
        assertEquals(List.of("0"), select("SELECT (COUNT(*) AS ?n) { <urn:x:a> ?p ?o }"));
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
        // no admin credentials: the admin area is closed to everyone
        assertEquals(403, send(HttpRequest.newBuilder(URI.create(base + "/$/metrics"))).statusCode());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // A client per request, so a connection per request: after refusing a write, the server
        // may close the connection without reading the body, and a pooled connection reused
        // after that fails with "header parser received no bytes" — a race of the client's pool,
        // not an answer of the server.
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first column of a SELECT, as CSV values. */
    private static List<String> select(String query) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query="
                        + URLEncoder.encode(Namespaces.sparqlPrologue() + query, StandardCharsets.UTF_8))));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().skip(1).map(l -> l.split(",")[0].strip()).toList();
    }

}
