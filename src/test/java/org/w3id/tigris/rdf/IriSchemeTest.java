package org.w3id.tigris.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IriSchemeTest {
    private final IriScheme iris = new IriScheme("http://example.org");

    @Test
    void ordinaryNamesKeepTheirIris() {
        assertEquals("http://example.org/id/document/report-1.txt", iris.document("report-1.txt"));
        assertEquals("http://example.org/id/document/00000-doc00000001.txt", iris.document("00000/doc00000001.txt"));
        assertEquals("http://example.org/id/document/news.jsonl-3", iris.document("news.jsonl#3"));
        assertEquals("http://example.org/id/claim/report-1.txt-40", iris.claim("report-1.txt", 40));
    }

    @Test
    void namesThatFoldTogetherGetApartIris() {
        List<List<String>> folding = List.of(
                List.of("a b.txt", "a-b.txt", "a_b.txt", "a  b.txt", "a--b.txt"),
                List.of("Café.txt", "Cafe.txt", "Cafe\u0301.txt"),
                List.of("مرحبا.txt", "سلام.txt", "..txt", "-.txt"));
        for (List<String> names : folding) {
            Set<String> documents = new HashSet<>();
            Set<String> claims = new HashSet<>();
            for (String name : names) {
                documents.add(iris.document(name));
                claims.add(iris.claim(name, 0));
            }
            assertEquals(names.size(), documents.size(), "document IRIs of " + names + ": " + documents);
            assertEquals(names.size(), claims.size(), "claim IRIs of " + names + ": " + claims);
        }
    }

    @Test
    void aFoldedNameGetsItsSlugAndAHashOfTheName() {
        String slug = IriScheme.documentSlug("Café.txt");
        assertTrue(slug.matches("Cafe\\.txt--[0-9a-f]{12}"), slug);
        assertEquals(slug, IriScheme.documentSlug("Café.txt"), "the same name, the same IRI, run after run");
        assertTrue(IriScheme.documentSlug("مرحبا.txt").matches("\\.txt--[0-9a-f]{12}"));
        assertNotEquals(IriScheme.documentSlug("مرحبا.txt"), IriScheme.documentSlug("سلام.txt"));
        // the web layer's pattern for a name in a Tigris IRI
        for (String name : List.of("a b.txt", "Café.txt", "مرحبا.txt", "x/y z.jsonl#2")) {
            assertTrue(IriScheme.documentSlug(name).matches("[A-Za-z0-9._-]{1,200}"), name);
        }
    }
}
