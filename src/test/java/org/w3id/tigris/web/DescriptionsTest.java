package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.TG;

/** VoID, the SPARQL service description, the dumps and CORS. */
class DescriptionsTest {
    private static Dataset dataset;
    private static TestServer server;
    private static final String BASE = SampleGraph.IRIS.base();

    @BeforeAll
    static void start() {
        dataset = SampleGraph.dataset();
        server = new TestServer(dataset);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(model);
        return model;
    }

    @Test
    void voidNamesTheEndpointDumpAndUriSpace() {
        HttpResponse<String> response = server.get("/.well-known/void", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model model = parse(response.body(), Lang.TURTLE);
        Resource dataset = model.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
        // Addresses are where the server was reached; the data keeps the base it was minted with.
        assertTrue(model.contains(dataset, VOID.sparqlEndpoint, model.createResource(server.url("/kg/sparql"))));
        assertTrue(model.contains(dataset, VOID.dataDump, model.createResource(server.url("/dump.nq.gz"))));
        assertTrue(model.contains(dataset, VOID.uriSpace, BASE + "/id/"));
        assertTrue(model.contains(dataset, VOID.vocabulary, model.createResource(TG.NS)));
        long triples = model.getProperty(dataset, VOID.triples).getLong();
        assertEquals(defaultGraphTriples(), triples, "what a query over the default graph counts");
        boolean documentsCounted = model.listObjectsOfProperty(dataset, VOID.classPartition).toList().stream()
                .map(n -> n.asResource())
                .anyMatch(p -> p.hasProperty(VOID._class, TG.Document) && p.getProperty(VOID.entities).getLong() == 4);
        assertTrue(documentsCounted, "class partition with 4 documents");
    }

    @Test
    void voidNegotiatesToo() {
        HttpResponse<String> response = server.get("/.well-known/void", "application/ld+json");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model model = parse(response.body(), Lang.JSONLD);
        assertTrue(model.contains(null, VOID.sparqlEndpoint, model.createResource(server.url("/kg/sparql"))));
        assertEquals(406, server.get("/.well-known/void", "image/png").statusCode());
        HttpResponse<String> html = server.get("/.well-known/void?format=html", null);
        assertEquals(400, html.statusCode(), "VoID is RDF only");
        assertTrue(html.body().contains("ttl, jsonld, nt, rdf"), html.body());
    }

    @Test
    void aPublicUrlIsWhatIsAdvertised() {
        try (TestServer proxied = new TestServer(SampleGraph.dataset(), Optional.of("https://kg.example.net/"))) {
            Model model = parse(proxied.get("/.well-known/void", null).body(), Lang.TURTLE);
            assertTrue(model.contains(null, VOID.sparqlEndpoint, model.createResource("https://kg.example.net/kg/sparql")));
            assertTrue(model.contains(null, VOID.dataDump, model.createResource("https://kg.example.net/dump.trig")));
            assertTrue(model.contains(null, VOID.uriSpace, BASE + "/id/"));
            Model service = parse(proxied.get("/kg/sparql", "text/turtle").body(), Lang.TURTLE);
            assertTrue(service.contains(null, service.createProperty(Vocabularies.SD, "endpoint"),
                    service.createResource("https://kg.example.net/kg/sparql")));
            assertEquals("https://kg.example.net/data/entity/anbar.ttl", proxied.getFirst("/id/entity/anbar", "text/turtle")
                    .headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void sparqlEndpointWithoutQueryDescribesTheService() {
        for (String accept : new String[] {null, "text/turtle", "application/rdf+xml", "text/html"}) {
            HttpResponse<String> response = server.get("/kg/sparql", accept);
            assertEquals(200, response.statusCode(), "Accept " + accept);
            String type = response.headers().firstValue("Content-Type").orElse("");
            Model model = parse(response.body(), type.startsWith("application/rdf+xml") ? Lang.RDFXML : Lang.TURTLE);
            String sd = Vocabularies.SD;
            Resource service = model.listSubjectsWithProperty(RDF.type, model.createResource(sd + "Service")).next();
            assertTrue(model.contains(service, model.createProperty(sd, "endpoint"), model.createResource(server.url("/kg/sparql"))));
            assertTrue(model.contains(service, model.createProperty(sd, "supportedLanguage"),
                    model.createResource(sd + "SPARQL11Query")));
            assertEquals(4 + 3, model.listObjectsOfProperty(model.createProperty(sd, "namedGraph")).toList().size(),
                    "four document graphs, the ontology graph, the clusters graph and the entity catalogue");
            Resource defaultGraph = model.listObjectsOfProperty(model.createProperty(sd, "defaultGraph")).next().asResource();
            assertEquals(defaultGraphTriples(), defaultGraph.getProperty(VOID.triples).getLong(),
                    "the default graph's size is what a query over it counts");
        }
    }

    @Test
    void sparqlQueriesStillReachFuseki() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?d a <" + TG.Document.getURI() + "> }";
        HttpResponse<String> response = server.get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"4\""), response.body());
    }

    @Test
    void nquadsDumpHoldsEveryQuad() throws IOException {
        HttpResponse<byte[]> response = server.getBytes("/dump.nq.gz");
        assertEquals(200, response.statusCode());
        byte[] body = response.body();
        assertEquals((byte) 0x1f, body[0], "gzip magic");
        assertEquals((byte) 0x8b, body[1], "gzip magic");
        Dataset copy = DatasetFactory.create();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            RDFParser.create().source(in).lang(Lang.NQUADS).parse(copy);
        }
        long quads = 0;
        for (var it = copy.asDatasetGraph().find(); it.hasNext(); it.next()) {
            quads++;
        }
        assertEquals(storedQuads(), quads);
        assertTrue(copy.containsNamedModel(SampleGraph.IRIS.document(SampleGraph.ALPHA)));
    }

    @Test
    void trigDumpParses() {
        HttpResponse<String> response = server.get("/dump.trig", null);
        assertEquals(200, response.statusCode());
        Dataset copy = DatasetFactory.create();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TRIG).parse(copy);
        assertTrue(copy.containsNamedModel(SampleGraph.IRIS.document(SampleGraph.GAMMA)));
    }

    @Test
    void everyReadEndpointAllowsAnyOrigin() {
        String[] paths = {"/id/entity/anbar", "/.well-known/void", "/dump.trig", "/tigris", "/tigris/documents",
            "/search?q=anbar", "/kg/sparql", "/kg/sparql?query=ASK%7B%7D", "/kg/query?query=ASK%7B%7D",
            "/kg/get?graph=" + URLEncoder.encode(SampleGraph.IRIS.document(SampleGraph.ALPHA), StandardCharsets.UTF_8)};
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Origin", "https://notebook.example.net").GET().build();
            HttpResponse<String> response = server.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            assertEquals(1, response.headers().allValues("Access-Control-Allow-Origin").size(), path);
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), path);
        }
    }

    @Test
    void preflightIsAnswered() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/id/entity/anbar")))
                .header("Origin", "https://notebook.example.net")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = server.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 204 || response.statusCode() == 200, "status " + response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }

    @Test
    void queriesByPostArePreflightedOnTheQueryEndpoint() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/kg/sparql")))
                .header("Origin", "https://notebook.example.net")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = server.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void plainOptionsReachesTheServlet() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/id/entity/anbar")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = server.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("GET"));
    }

    /** What SPARQL counts in the default graph (the union of the named graphs). */
    private static long defaultGraphTriples() {
        return Txn.calculateRead(dataset, () -> {
            try (var exec = org.apache.jena.query.QueryExecution.dataset(dataset)
                    .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long storedQuads() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }
}
