package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.NIF;

/**
 * The conventions of public linked data: 303 from a thing to its descriptions, which say what
 * they are about and where they are, carry validators (304 for a current copy) and compress.
 */
class LinkedDataConventionsTest {
    private static final String FOAF_PRIMARY_TOPIC = "http://xmlns.com/foaf/0.1/primaryTopic";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(SampleGraph.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(String iri) {
        return iri.substring(SampleGraph.IRIS.base().length());
    }

    private static HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aThingIsSeeOtherToTheDescriptionAskedFor() {
        String anbar = path(SampleGraph.entity("anbar"));
        HttpResponse<String> turtle = server.getFirst(anbar, "text/turtle");
        assertEquals(303, turtle.statusCode());
        assertEquals(server.url("/data/entity/anbar.ttl"), turtle.headers().firstValue("Location").orElseThrow());
        assertTrue(turtle.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertEquals(server.url("/data/entity/anbar.jsonld"),
                server.getFirst(anbar, "application/ld+json").headers().firstValue("Location").orElseThrow());
        assertEquals(server.url("/page/entity/anbar"),
                server.getFirst(anbar, "text/html,*/*;q=0.8").headers().firstValue("Location").orElseThrow());
        assertEquals(server.url("/data/entity/anbar.nq"),
                server.getFirst(anbar + "?format=nq", "text/html").headers().firstValue("Location").orElseThrow());
        assertEquals(server.url("/page/entity/anbar?type=Assault"), server.getFirst(anbar + "?format=html&type=Assault",
                null).headers().firstValue("Location").orElseThrow(), "a page keeps its filters");
        assertEquals(404, server.getFirst("/id/entity/nowhere", "text/turtle").statusCode(), "no redirect to nothing");
    }

    @Test
    void theDescriptionSaysWhatItIsAboutAndWhereItIs() {
        String iri = SampleGraph.entity("anbar");
        HttpResponse<String> response = server.getFirst("/data/entity/anbar.ttl", "*/*");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        String self = server.url("/data/entity/anbar.ttl");
        assertEquals(self, response.headers().firstValue("Content-Location").orElseThrow());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TURTLE).parse(model);
        assertTrue(model.contains(model.getResource(self), model.createProperty(FOAF_PRIMARY_TOPIC), model.getResource(iri)));
        assertTrue(model.contains(model.getResource(iri), RDFS.label, "Anbar"));
    }

    @Test
    void withoutAnExtensionTheSyntaxIsNegotiated() {
        // The slug ends in ".txt", which is no syntax: the description of the document itself.
        HttpResponse<String> response = server.getFirst("/data/document/beta-wire.txt", "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals(server.url("/data/document/beta-wire.txt.nt"),
                response.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        assertEquals(404, server.getFirst("/data/entity/nowhere.ttl", null).statusCode());
    }

    @Test
    void quadsKeepTheDocumentEachStatementComesFrom() {
        String document = SampleGraph.IRIS.document(SampleGraph.BETA);
        for (String extension : new String[] {"nq", "trig"}) {
            HttpResponse<String> response = server.getFirst("/data/document/beta-wire.txt." + extension, null);
            assertEquals(200, response.statusCode(), extension);
            Dataset quads = DatasetFactory.create();
            RDFParser.create().source(new StringReader(response.body()))
                    .lang(extension.equals("nq") ? Lang.NQUADS : Lang.TRIG).parse(quads);
            assertTrue(quads.asDatasetGraph().contains(NodeFactory.createURI(document), NodeFactory.createURI(document),
                    NIF.isString.asNode(), NodeFactory.createLiteralString(SampleGraph.BETA_TEXT)), extension);
        }
        HttpResponse<String> entity = server.getFirst("/data/entity/kataib-hezbollah.nq", null);
        assertTrue(entity.headers().firstValue("Content-Type").orElse("").startsWith("application/n-quads"));
        assertTrue(entity.body().contains("<" + SampleGraph.IRIS.document(SampleGraph.ALPHA) + "> ."),
                "an entity's statements name their documents");
        assertFalse(entity.body().contains("<" + IriScheme.ENTITIES_GRAPH + ">"),
                "the entity catalogue repeats what documents say: it is no source");
    }

    @Test
    void aCurrentCopyIsNotModified() {
        for (String path : new String[] {"/data/entity/anbar.ttl", "/page/entity/anbar"}) {
            HttpResponse<String> first = get(path);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, get(path, "If-None-Match", tag).statusCode(), path);
            assertEquals(304, get(path, "If-None-Match", "\"other\", " + tag).statusCode(), path);
            assertEquals(304, get(path, "If-Modified-Since", modified).statusCode(), path);
            assertEquals(200, get(path, "If-None-Match", "\"other\"").statusCode(), path);
            assertEquals(200, get(path, "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode(), path);
        }
    }

    @Test
    void errorsAreNeverNotModified() {
        String tag = get("/page/entity/anbar").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> bad = get("/page/entity/anbar?type=%3Cscript%3E", "If-None-Match", tag);
        assertEquals(400, bad.statusCode(), "a malformed filter is refused, not validated");
        assertTrue(bad.headers().firstValue("ETag").isEmpty());
        assertEquals(404, get("/tigris/nothing-here", "If-None-Match", tag).statusCode());
        assertEquals(404, get("/page/entity/nowhere", "If-None-Match", tag).statusCode());
    }

    @Test
    void aWriteMakesEveryCopyStale() {
        Dataset dataset = SampleGraph.dataset();
        try (TestServer own = new TestServer(dataset)) {
            HttpResponse<String> before = own.get("/data/entity/anbar.ttl", null);
            String tag = before.headers().firstValue("ETag").orElseThrow();
            Txn.executeWrite(dataset, () -> dataset.getNamedModel(SampleGraph.IRIS.document(SampleGraph.ALPHA))
                    .add(dataset.getDefaultModel().createResource(SampleGraph.entity("anbar")), RDFS.comment, "changed"));
            HttpResponse<String> after = own.send(HttpRequest.newBuilder(URI.create(own.url("/data/entity/anbar.ttl")))
                    .header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode());
            assertNotEquals(tag, after.headers().firstValue("ETag").orElseThrow());
            assertTrue(after.body().contains("changed"));
        }
    }

    @Test
    void answersAreCompressedForClientsThatAcceptIt() throws IOException {
        for (String path : new String[] {"/data/document/beta-wire.txt.ttl", "/page/entity/anbar", "/dump.trig",
                "/kg/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D"}) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), path);
            assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), path);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).length() > response.body().length, path);
            }
            HttpResponse<String> conditional = get(path, "Accept-Encoding", "gzip",
                    "If-None-Match", response.headers().firstValue("ETag").orElse("\"none\""));
            if (!path.startsWith("/kg/")) {
                assertEquals(304, conditional.statusCode(), "the compressed copy's tag validates it: " + path);
            }
        }
        HttpResponse<byte[]> dump = server.send(HttpRequest.newBuilder(URI.create(server.url("/dump.nq.gz")))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(dump.headers().firstValue("Content-Encoding").isEmpty(), "the gzip dump is not gzipped twice");
        assertEquals(0x1f, dump.body()[0] & 0xff);
        assertEquals(0x8b, dump.body()[1] & 0xff);
        HttpResponse<String> plain = server.getFirst("/data/document/beta-wire.txt.ttl", null);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "none unasked");
    }
}
