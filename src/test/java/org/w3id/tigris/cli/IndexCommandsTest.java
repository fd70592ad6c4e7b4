package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} notices indexes that disagree with the graphs; {@code reindex} rebuilds them. */
class IndexCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aLostTextIndexIsFoundByValidateAndRebuiltByReindex() throws IOException {
        String store = dir.resolve("store").toString();
        assertEquals(0, CliRun.of("ingest", "--store", store, "seeds/000_721ff39a03d0dd9e.txt",
                "seeds/001_6e4c3134cc37e52f.txt").status());
        CliRun valid = CliRun.of("validate", "--store", store);
        assertEquals(0, valid.status(), valid.out());
        assertTrue(valid.out().contains("indexes agree with the store"), valid.out());

        try (Stream<Path> files = Files.walk(dir.resolve("store/text"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        CliRun lost = CliRun.of("validate", "--store", store);
        assertEquals(1, lost.status(), lost.out());
        assertTrue(lost.out().contains("indexes DISAGREE") && lost.out().contains("0 text index entries"), lost.out());

        CliRun reindex = CliRun.of("reindex", "--store", store);
        assertEquals(0, reindex.status(), reindex.out() + reindex.err());
        assertEquals(0, CliRun.of("validate", "--store", store).status());
    }

    @Test
    void compactKeepsTheStoreValidAndReportsBytesPerQuad() {
        String store = dir.resolve("store").toString();
        assertEquals(0, CliRun.of("ingest", "--store", store, "seeds/000_721ff39a03d0dd9e.txt").status());
        CliRun second = CliRun.of("ingest", "--store", store, "seeds/001_6e4c3134cc37e52f.txt");
        assertTrue(second.err().contains("tigris: store: no compaction needed") && second.err().contains("bytes per quad"),
                "a small store is left alone: " + second.err());
        CliRun compacted = CliRun.of("compact", "--store", store);
        assertEquals(0, compacted.status(), compacted.out() + compacted.err());
        assertTrue(compacted.out().startsWith("compacted in "), compacted.out());
        CliRun notDue = CliRun.of("compact", "--store", store, "--if-due");
        assertTrue(notDue.out().startsWith("no compaction needed"), notDue.out());
        CliRun valid = CliRun.of("validate", "--store", store);
        assertEquals(0, valid.status(), valid.out());
        assertTrue(valid.out().contains("indexes agree with the store") && valid.out().contains("bytes per quad"), valid.out());
    }

    @Test
    void laterBatchesKeepTheIndexesRightDocumentByDocument() throws IOException {
        String store = dir.resolve("store").toString();
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "Fire in Cairo\n\nOfficials in Cairo said a fire hurt five people. Reference tgrefone.\n");
        Files.writeString(b, "Fire in Amman\n\nOfficials in Amman said a fire hurt six people. Reference tgreftwo.\n");
        assertEquals(0, CliRun.of("ingest", "--store", store, a.toString()).status());
        assertEquals(0, CliRun.of("ingest", "--store", store, b.toString()).status());
        Files.writeString(a, "Fire in Cairo\n\nOfficials in Cairo said a fire hurt nine people. Reference tgrefthree.\n");
        CliRun replaced = CliRun.of("ingest", "--store", store, a.toString(), b.toString());
        assertTrue(replaced.out().contains("1 replaced, 1 unchanged"), replaced.out());
        CliRun valid = CliRun.of("validate", "--store", store);
        assertEquals(0, valid.status(), valid.out());
        assertEquals("", search(store, "tgrefone"), "the replaced text is gone from the index");
        assertEquals("a.txt", search(store, "tgrefthree"));
        assertEquals("b.txt", search(store, "tgreftwo"));
        assertTrue(search(store, "cairo", "rdfs:label").contains("cairo"), "a label both versions name stays");
    }

    private static String search(String store, String word) {
        CliRun r = CliRun.of("query", "--store", store, "--format", "csv", "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?n { ?d text:query (nif:isString '" + word + "') ; tg:sourceName ?n }");
        return r.out().lines().skip(1).map(String::strip).reduce("", (x, y) -> x.isEmpty() ? y : x + "," + y);
    }

    private static String search(String store, String word, String property) {
        CliRun r = CliRun.of("query", "--store", store, "--format", "csv", "PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s { ?s text:query (" + property + " '" + word + "') }");
        return r.out().toLowerCase(java.util.Locale.ROOT);
    }

}
