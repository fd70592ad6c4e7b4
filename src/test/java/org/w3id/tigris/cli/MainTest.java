package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return new Main(Map.of()).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyVerbHasHelp() {
        for (String verb : List.of("serve", "ingest", "extract", "query", "validate")) {
            out.reset();
            assertEquals(0, run(verb, "--help"), verb);
            assertTrue(out().startsWith("Usage: tigris " + verb), verb + ": " + out());
        }
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out().contains("ingest") && out().contains("validate"));
    }

    @Test
    void unknownVerbAndBadOptionsExitWithTwo() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"));
        assertEquals(2, run("ingest", "--store"));
        assertTrue(err().contains("tigris ingest: --store needs a value"));
        assertEquals(2, run("ingest", "--store", "x"));
        assertTrue(err().contains("no PATH to ingest"));
        assertEquals(2, run("extract", "seeds"));
        assertTrue(err().contains("--out is required"));
        assertEquals(2, run("query", "--store", "x", "--format", "xml", "ASK {}"));
        assertTrue(err().contains("--format must be one of"));
    }

    @Test
    void readOnlyVerbsRefuseAMissingStore(@TempDir Path dir) {
        Path missing = dir.resolve("nothing-here");
        assertEquals(2, run("query", "--store", missing.toString(), "ASK {}"));
        assertTrue(err().contains("no store at"), err());
        assertEquals(2, run("validate", "--store", missing.toString()));
        assertEquals(2, run("serve", "--store", missing.toString(), "--port", "0"));
    }

    @Test
    void aBadQueryIsOneLineAndStatusOne(@TempDir Path dir) {
        assertEquals(1, run("query", "--store", dir.toString(), "SELECT WHERE {"));
        assertEquals(1, err().strip().lines().count());
        assertTrue(err().startsWith("tigris query:"));
    }
}
