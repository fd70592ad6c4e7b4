package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;
import org.w3id.tigris.store.KnowledgeStore;

/** The served store over HTTP: read endpoints, refusals, the admin's updates, search. */
class TigrisServerTest {
    private static final String PREFIXES = "PREFIX tg: <https://w3id.org/tigris/ontology#> "
            + "PREFIX text: <http://jena.apache.org/text#> PREFIX spatial: <http://jena.apache.org/spatial#> "
            + "PREFIX units: <http://www.opengis.net/def/uom/OGC/1.0/> ";

    private static final String TRUSTED_ORIGIN = "https://lab.example.org";

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
            OntologyFiles.ontology().ifPresent(ks::loadOntology);
            ks.rebuildIndexes();
        }
        server = TigrisServer.create().store(store).port(0).loopbackOnly(true)
                .credentials(Optional.of(new AdminCredentials("admin", "s3cret")))
                .corsOrigins(List.of(TRUSTED_ORIGIN))
                .maxRows(2).queryTimeout(Duration.ofSeconds(30)).build().start();
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // A client per request, so a connection per request: after refusing a write, the server
        // may close the connection without reading the body, and a pooled connection reused
        // after that fails with "header parser received no bytes" — a race of the client's pool,
        // not an answer of the server.
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder query(String path, String sparql) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8)));
    }

    static HttpRequest.Builder update(String sparqlUpdate) {
        return HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void queriesAreAnsweredOnBothEndpointsOverTheUnionGraph() throws Exception {
        for (String path : List.of("/kg/sparql", "/kg/query")) {
            HttpResponse<String> r = send(query(path, "SELECT (COUNT(?d) AS ?n) { ?d a tg:Document }"));
            assertEquals(200, r.statusCode());
            assertEquals("3", r.body().lines().toList().get(1).strip());
        }
        HttpResponse<String> hierarchy = send(query("/kg/sparql",
                "ASK { tg:Assault <http://www.w3.org/2000/01/rdf-schema#subClassOf>* tg:Event }"));
        assertEquals(200, hierarchy.statusCode());
        assertTrue(hierarchy.body().contains("true"), hierarchy.body());
    }

    @Test
    void resultsAreCappedAtMaxRowsAndSaySo() throws Exception {
        HttpResponse<String> r = send(query("/kg/sparql", "SELECT ?s { ?s ?p ?o }"));
        assertEquals(200, r.statusCode());
        assertEquals(3, r.body().lines().count()); // header + 2 rows
        assertEquals(Optional.of("2"), r.headers().firstValue("X-SPARQL-MaxRows"));
        HttpResponse<String> ownLimit = send(query("/kg/sparql", "SELECT ?d { ?d a tg:Document } LIMIT 5"));
        assertEquals(3, ownLimit.body().lines().count());
        assertEquals(Optional.of("2"), ownLimit.headers().firstValue("X-SPARQL-MaxRows"));
        HttpResponse<String> graph = send(query("/kg/sparql", "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o }")
                .header("Accept", "application/n-triples"));
        assertEquals(2, graph.body().lines().filter(l -> !l.isBlank()).count(), graph.body());
        assertEquals(Optional.of("2"), graph.headers().firstValue("X-SPARQL-MaxRows"));
    }

    @Test
    void wholeAnswersCarryNoCapHeader() throws Exception {
        for (String q : List.of("SELECT (COUNT(?d) AS ?n) { ?d a tg:Document }",
                "SELECT ?d { ?d a tg:Document } LIMIT 1", "ASK { ?s ?p ?o }",
                "SELECT ?d { ?d a tg:Document } ORDER BY ?d OFFSET 1 LIMIT 2")) {
            HttpResponse<String> r = send(query("/kg/sparql", q));
            assertEquals(200, r.statusCode(), q);
            assertEquals(Optional.empty(), r.headers().firstValue("X-SPARQL-MaxRows"), q);
        }
    }

    @Test
    void everyHavingConditionCounts() throws Exception {
        // The second condition can never hold: no group passes, whatever the data.
        HttpResponse<String> r = send(query("/kg/sparql",
                "SELECT ?t WHERE { ?s a ?t } GROUP BY ?t HAVING (COUNT(*) > 0) (COUNT(*) < 0)"));
        assertEquals(200, r.statusCode());
        assertEquals(List.of("t"), r.body().lines().map(String::strip).toList());
    }

    @Test
    void anonymousQueriesCannotMakeTheServerFetchAddresses() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer local = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        local.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        local.start();
        try {
            String target = "http://127.0.0.1:" + local.getAddress().getPort() + "/internal";
            HttpResponse<String> r = send(query("/kg/sparql", "SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("SERVICE is off"), r.body());
            assertEquals(0, calls.get(), "the server called " + target);
        } finally {
            local.stop(0);
        }
    }

    @Test
    void clientsFederateWithServiceToTigris() {
        // The client's own engine calls Tigris: the client-side federation the README shows.
        String q = "SELECT ?n { SERVICE <" + base + "/kg/sparql> "
                + "{ SELECT (COUNT(?d) AS ?n) { ?d a <https://w3id.org/tigris/ontology#Document> } } }";
        try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.create()).query(q).build()) {
            assertEquals(3, ((Number) exec.select().next().get("n").getLiteralValue()).intValue());
        }
    }

    @Test
    void textAndSpatialSearchWorkInsideSparql() throws Exception {
        HttpResponse<String> text = send(query("/kg/sparql", "SELECT DISTINCT ?s { ?s text:query 'mosul' }"));
        assertTrue(text.body().contains("/id/entity/mosul"), text.body());
        HttpResponse<String> near = send(query("/kg/sparql",
                "SELECT DISTINCT ?f { ?f spatial:nearby (36.3 43.1 25 units:kilometre) }"));
        assertTrue(near.body().contains("/id/entity/mosul"), near.body());
        HttpResponse<String> far = send(query("/kg/sparql",
                "SELECT DISTINCT ?f { ?f spatial:nearby (33.3 44.4 25 units:kilometre) }"));
        assertFalse(far.body().contains("mosul"), far.body());
    }

    @Test
    void anonymousUpdatesAreRefusedEverywhere() throws Exception {
        String insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        assertEquals(401, send(update(insert)).statusCode());
        assertEquals(401, send(update(insert).header("Authorization", basic("admin", "wrong"))).statusCode());
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/kg/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."));
        assertEquals(401, send(put).statusCode());
        HttpRequest.Builder putGet = HttpRequest.newBuilder(URI.create(base + "/kg/get?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."));
        assertEquals(405, send(putGet).statusCode());
        HttpRequest.Builder viaQuery = HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert));
        int status = send(viaQuery).statusCode();
        assertTrue(status == 400 || status == 405 || status == 415, "update via the query endpoint: " + status);
        HttpResponse<String> ask = send(query("/kg/sparql", "ASK { <urn:x:a> ?p ?o }"));
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void theAdminCanUpdate() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:admin> <urn:x:b> \"c\" } }";
        int status = send(update(insert).header("Authorization", basic("admin", "s3cret"))).statusCode();
        assertTrue(status == 200 || status == 204, "update answered " + status);
        HttpResponse<String> ask = send(query("/kg/sparql", "ASK { <urn:x:admin> ?p ?o }"));
        assertTrue(ask.body().contains("true"), ask.body());
        send(update("DROP GRAPH <urn:x:g>").header("Authorization", basic("admin", "s3cret")));
    }

    private static long count(String whereClause) throws Exception {
        HttpResponse<String> r = send(query("/kg/sparql", "SELECT (COUNT(*) AS ?n) { " + whereClause + " }"));
        return Long.parseLong(r.body().lines().toList().get(1).strip());
    }

    @Test
    void theDefaultGraphIsTheUnionOnEveryService() throws Exception {
        HttpResponse<String> graph = send(HttpRequest.newBuilder(URI.create(base + "/kg/get?default"))
                .header("Accept", "application/n-triples"));
        assertEquals(200, graph.statusCode());
        long triples = graph.body().lines().filter(l -> !l.isBlank()).count();
        assertTrue(triples > 0, "the default graph is not empty");
        assertEquals(count("?s ?p ?o"), triples, "GSP ?default holds what SPARQL sees in the default graph");
    }

    @Test
    void writesToTheDefaultGraphAreRefusedNotLost() throws Exception {
        String admin = basic("admin", "s3cret");
        for (String u : List.of("INSERT DATA { <urn:x:lost> <urn:x:p> 1 }", "LOAD <http://127.0.0.1:9/x.ttl>",
                "INSERT { <urn:x:lost> <urn:x:p> ?o } WHERE { ?s a ?o }", "CLEAR DEFAULT")) {
            HttpResponse<String> r = send(update(u).header("Authorization", admin));
            assertEquals(400, r.statusCode(), u);
            assertTrue(r.body().contains("union of the named graphs"), r.body());
        }
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(base + "/kg/data?default"))
                .header("Content-Type", "text/turtle").header("Authorization", admin)
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:lost> <urn:x:p> 1 ."));
        assertEquals(400, send(put).statusCode());
        HttpRequest.Builder postToDataset = HttpRequest.newBuilder(URI.create(base + "/kg/data"))
                .header("Content-Type", "text/turtle").header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString("<urn:x:lost> <urn:x:p> 1 ."));
        assertEquals(400, send(postToDataset).statusCode());
        assertEquals(0, count("<urn:x:lost> ?p ?o"));
        HttpRequest.Builder quads = HttpRequest.newBuilder(URI.create(base + "/kg/data"))
                .header("Content-Type", "application/n-quads").header("Authorization", admin)
                .POST(HttpRequest.BodyPublishers.ofString("<urn:x:quad> <urn:x:p> \"1\" <urn:x:kept> ."));
        assertEquals(200, send(quads).statusCode(), "quads name their graphs");
        assertEquals(1, count("<urn:x:quad> ?p ?o"));
        // Named, the same triple is written and seen; WITH names the graph of a template.
        assertEquals(204, send(update("INSERT DATA { GRAPH <urn:x:kept> { <urn:x:kept> <urn:x:p> 1 } }")
                .header("Authorization", admin)).statusCode());
        assertEquals(204, send(update("WITH <urn:x:kept> INSERT { <urn:x:kept> <urn:x:q> 2 } WHERE { }")
                .header("Authorization", admin)).statusCode());
        assertEquals(2, count("<urn:x:kept> ?p ?o"));
        send(update("DROP GRAPH <urn:x:kept>").header("Authorization", admin));
    }

    @Test
    void anUpdateNamingItsDatasetTwiceIsABadRequest() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/update?using-named-graph-uri=urn:x:people"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic("admin", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString("WITH <urn:x:addresses> DELETE { ?p <urn:x:name> 'Bill' } "
                        + "INSERT { ?p <urn:x:name> 'William' } WHERE { ?p <urn:x:name> 'Bill' }")));
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void anUpdateByGetIsRefused() throws Exception {
        for (String path : List.of("/kg/sparql", "/kg/query", "/kg/update")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path + "?update="
                    + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8))).header("Authorization", basic("admin", "s3cret")));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
        }
        assertTrue(count("?s ?p ?o") > 0, "nothing was cleared");
    }

    @Test
    void aTooDeeplyNestedQueryIsABadRequest() throws Exception {
        for (String nested : List.of("ASK { FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }",
                "ASK " + "{ ".repeat(20_000) + "}".repeat(20_000),
                "ASK { FILTER(1" + " + 1".repeat(50_000) + ") }",
                "SELECT * { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o ".repeat(5_000) + "}".repeat(5_000) + " }")) {
            HttpResponse<String> r = send(query("/kg/sparql", nested));
            assertEquals(400, r.statusCode(), r.body().lines().findFirst().orElse(""));
        }
        String nestedUpdate = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> " + "(".repeat(20_000) + ")".repeat(20_000) + " } }";
        HttpResponse<String> u = send(update(nestedUpdate).header("Authorization", basic("admin", "s3cret")));
        assertEquals(400, u.statusCode(), u.body().lines().findFirst().orElse(""));
    }

    @Test
    void adminAreaIsClosedExceptPing() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/$/ping"))).statusCode());
        for (String path : List.of("/$/metrics", "/$/stats", "/$/datasets", "/$/backup/kg", "/$/tasks")) {
            int status = send(HttpRequest.newBuilder(URI.create(base + path))).statusCode();
            assertTrue(status == 401 || status == 403 || status == 404, path + " answered " + status);
        }
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "/$/metrics"))
                .header("Authorization", basic("admin", "s3cret")));
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
    }

    @Test
    void readEndpointsAllowAnyOriginWithoutCredentials() throws Exception {
        for (String origin : List.of("https://notebook.example.org", "null")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", origin));
            assertEquals(200, r.statusCode());
            assertEquals(Optional.of("*"), r.headers().firstValue("Access-Control-Allow-Origin"));
            assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Credentials"));
        }
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://notebook.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-requested-with, x-client-id"));
        assertTrue(preflight.statusCode() / 100 == 2, "preflight answered " + preflight.statusCode());
        assertEquals(Optional.of("*"), preflight.headers().firstValue("Access-Control-Allow-Origin"));
        String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
        assertTrue(allowed.contains("x-requested-with") && allowed.contains("x-client-id"), allowed);
        HttpResponse<String> capped = send(query("/kg/sparql", "SELECT ?s { ?s ?p ?o }").header("Origin", "https://notebook.example.org"));
        assertTrue(capped.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("X-SPARQL-MaxRows"));
    }

    @Test
    void authenticatedServicesRefuseForeignOrigins() throws Exception {
        String admin = basic("admin", "s3cret");
        String insert = "INSERT DATA { GRAPH <urn:x:csrf> { <urn:x:csrf> <urn:x:p> 1 } }";
        for (String origin : List.of("https://evil.example", "null")) {
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                    .header("Authorization", admin)
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))));
            assertEquals(403, form.statusCode(), origin);
            assertEquals(Optional.empty(), form.headers().firstValue("Access-Control-Allow-Origin"), origin);
            HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "/$/metrics"))
                    .header("Origin", origin).header("Authorization", admin));
            assertEquals(403, metrics.statusCode(), origin);
            assertEquals(Optional.empty(), metrics.headers().firstValue("Access-Control-Allow-Origin"), origin);
        }
        assertEquals(0, count("<urn:x:csrf> ?p ?o"), "the cross-origin update ran");
        HttpResponse<String> sameOrigin = send(update(insert).header("Authorization", admin)
                .header("Origin", base));
        assertEquals(204, sameOrigin.statusCode(), "the Fuseki UI's own origin");
        HttpResponse<String> trusted = send(HttpRequest.newBuilder(URI.create(base + "/$/metrics"))
                .header("Origin", TRUSTED_ORIGIN).header("Authorization", admin));
        assertEquals(200, trusted.statusCode());
        assertEquals(Optional.of(TRUSTED_ORIGIN), trusted.headers().firstValue("Access-Control-Allow-Origin"));
        assertEquals(Optional.of("true"), trusted.headers().firstValue("Access-Control-Allow-Credentials"));
        send(update("DROP GRAPH <urn:x:csrf>").header("Authorization", admin));
    }

    @Test
    void theAdminsEndpointAnswersQueriesToo() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/update?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Authorization", basic("admin", "s3cret")).header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));
        assertEquals(200, direct.statusCode());
    }

    @Test
    void theFusekiUiIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("<html"), "HTML page");
        HttpResponse<String> server = send(HttpRequest.newBuilder(URI.create(base + "/$/server")));
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("/kg"));
    }
}
