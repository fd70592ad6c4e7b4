package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        assertEquals(0, Run.of("ingest", "--store", store, "seeds/000_721ff39a03d0dd9e.txt",
                "seeds/001_6e4c3134cc37e52f.txt").status());
        Run valid = Run.of("validate", "--store", store);
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
        Run lost = Run.of("validate", "--store", store);
        assertEquals(1, lost.status(), lost.out());
        assertTrue(lost.out().contains("indexes DISAGREE") && lost.out().contains("0 text index entries"), lost.out());

        Run reindex = Run.of("reindex", "--store", store);
        assertEquals(0, reindex.status(), reindex.out() + reindex.err());
        assertEquals(0, Run.of("validate", "--store", store).status());
    }

    private record Run(int status, String out, String err) {
        static Run of(String... argv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = new Main(Map.of()).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
