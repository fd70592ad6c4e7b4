package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search through a jena-text index, as the Tigris server is configured. */
class TextIndexSearchTest {
    private static Dataset dataset;
    private static TestServer server;

    @BeforeAll
    static void start() {
        dataset = SampleGraph.textIndexedDataset();
        server = new TestServer(dataset);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theIndexIsDetected() {
        assertTrue(TextSearch.hasTextIndex(dataset));
        assertEquals(false, TextSearch.hasTextIndex(SampleGraph.dataset()));
    }

    @Test
    void searchUsesTheIndexForNamesClaimsAndTexts() {
        String html = server.get("/search?q=" + URLEncoder.encode("soldiers wounded", StandardCharsets.UTF_8), null).body();
        assertTrue(html.contains("(full-text index)"), html);
        assertTrue(html.contains("href=\"/id/claim/alpha-report.txt-"), "claim text through the index");
        String names = server.get("/search?q=Hizbullah", null).body();
        assertTrue(names.contains("href=\"/id/entity/kataib-hezbollah\""), "alternative label through the index");
    }

    @Test
    void onlyPropertiesTheIndexHoldsAreQueried() {
        // An index of labels only: claim texts are not searched through it, and nothing fails.
        Dataset labelsOnly = SampleGraph.textIndexedDataset(RDFS.label);
        TextSearch search = new TextSearch(new GraphReader(labelsOnly));
        assertEquals(List.of(SampleGraph.entity("iraqi-defense-ministry")), search.find("ministry").resources());
        assertEquals(TextSearch.Mode.TEXT_INDEX, search.find("soldiers").mode());
        assertEquals(List.of(), search.find("soldiers").resources());
    }

    @Test
    void luceneSyntaxInUserInputIsTakenLiterally() {
        String html = server.get("/search?q=" + URLEncoder.encode("Ain al-Asad\")", StandardCharsets.UTF_8), null).body();
        assertTrue(html.contains("results for"), "no error page for a stray quote");
    }

    @Test
    void booleanOperatorsWorkThroughTheIndexAndTheScanAlike() {
        TextSearch indexed = new TextSearch(new GraphReader(dataset));
        TextSearch scan = new TextSearch(new GraphReader(SampleGraph.dataset()));
        String kataib = SampleGraph.entity("kataib-hezbollah");
        String anbar = SampleGraph.entity("anbar");
        for (TextSearch search : List.of(indexed, scan)) {
            String mode = search == indexed ? "index" : "scan";
            assertTrue(search.find("Kataib AND Hezbollah").resources().contains(kataib), mode);
            List<String> either = search.find("Kataib OR Anbar").resources();
            assertTrue(either.contains(kataib) && either.contains(anbar), mode + ": " + either);
            List<String> without = search.find("Kataib NOT Hezbollah").resources();
            assertTrue(!without.contains(kataib), mode + ": the NOT excludes");
            assertEquals(List.of(), search.find("Kataib AND Basra").resources(), mode);
        }
        assertEquals(TextSearch.Mode.TEXT_INDEX, indexed.find("Kataib OR Anbar").mode(), "no fallback to a scan");
    }
}
