package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.tigris.rdf.GEO;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.TG;

/** GET /id/... (redirects followed): content negotiation, format override, 404, 406, and what the RDF holds. */
class DereferencingTest {
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

    private static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(response.body())).lang(lang).parse(model);
        return model;
    }

    @ParameterizedTest
    @CsvSource({
        "text/turtle, text/turtle, TURTLE",
        "application/ld+json, application/ld+json, JSONLD",
        "application/n-triples, application/n-triples, NTRIPLES",
        "application/rdf+xml, application/rdf+xml, RDFXML",
        "'application/rdf+xml;q=0.5, text/turtle;q=0.9', text/turtle, TURTLE",
        "'*/*', text/turtle, TURTLE",
    })
    void negotiatesEachRdfSyntaxAndTheResultParsesBack(String accept, String expectedType, String langName) {
        String entity = SampleGraph.entity("kataib-hezbollah");
        HttpResponse<String> response = server.get(path(entity), accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                response.headers().toString());
        assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Lang lang = switch (langName) {
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            default -> Lang.TURTLE;
        };
        Model model = parse(response, lang);
        Resource kh = model.getResource(entity);
        assertTrue(model.contains(kh, RDFS.label, "Kataib Hezbollah"));
        assertTrue(model.contains(kh, SKOS.altLabel, "Kata'ib Hizbullah"),
                "triples from every document graph");
        assertTrue(model.contains(kh, RDF.type, TG.ArmedGroup));
        assertTrue(model.contains(TG.ArmedGroup, RDFS.label, model.createLiteral("Armed group", "en")),
                "labels of the objects come along");
    }

    @Test
    void browsersGetTheHtmlPage() {
        HttpResponse<String> response = server.get(path(SampleGraph.entity("anbar")),
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<h1>Anbar</h1>"));
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "nt, application/n-triples",
        "rdf, application/rdf+xml", "html, text/html"})
    void formatParameterOverridesAccept(String format, String expectedType) {
        HttpResponse<String> response = server.get(path(SampleGraph.entity("anbar")) + "?format=" + format,
                "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType));
    }

    @Test
    void unknownFormatParameterIsABadRequest() {
        HttpResponse<String> response = server.get(path(SampleGraph.entity("anbar")) + "?format=yaml", null);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Use one of ttl, jsonld, nt, rdf, nq, trig, html"), response.body());
    }

    @Test
    void unknownIriIsNotFound() {
        assertEquals(404, server.get("/id/entity/no-such-entity", "text/turtle").statusCode());
        HttpResponse<String> html = server.get("/id/entity/no-such-entity", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(html.body().contains("Not found"));
    }

    @Test
    void nothingAcceptableIsNotAcceptable() {
        HttpResponse<String> response = server.get(path(SampleGraph.entity("anbar")), "image/png, application/pdf");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"));
        assertEquals(406, server.get(path(SampleGraph.entity("anbar")), "text/turtle;q=0").statusCode());
    }

    @Test
    void aDocumentBringsItsWholeNamedGraph() {
        String document = SampleGraph.IRIS.document(SampleGraph.BETA);
        Model model = parse(server.get(path(document), "text/turtle"), Lang.TURTLE);
        Resource doc = model.getResource(document);
        assertTrue(model.contains(doc, NIF.isString, SampleGraph.BETA_TEXT));
        Resource claim = model.getResource(SampleGraph.coalitionClaim());
        assertTrue(model.contains(claim, TG.claimText, SampleGraph.COALITION_CLAIM_TEXT),
                "the claims of the document are in its graph");
    }

    @Test
    void theIriIsTheStoredOneNotTheRequestHost() {
        // The server runs on localhost:PORT; the IRIs were minted under tigris.example.org.
        HttpResponse<String> response = server.get(path(SampleGraph.ministryClaim()), "text/turtle");
        Model model = parse(response, Lang.TURTLE);
        assertTrue(model.contains(model.getResource(SampleGraph.ministryClaim()), TG.cue, "said"));
        String description = response.headers().firstValue("Content-Location").orElseThrow();
        assertTrue(description.startsWith(server.url("/data/")), "the description is where it was fetched");
        assertTrue(model.listSubjects().toList().stream().noneMatch(s -> s.isURIResource()
                && s.getURI().contains("localhost") && !s.getURI().equals(description)));
    }

    @Test
    void placesCarryTheirGeometry() {
        Model model = parse(server.get(path(SampleGraph.entity("ain-al-asad")), "application/n-triples"), Lang.NTRIPLES);
        assertTrue(model.listObjectsOfProperty(GEO.asWKT).toList().stream()
                .anyMatch(o -> o.asLiteral().getLexicalForm().equals("POINT(42.44 33.79)")));
    }
}
