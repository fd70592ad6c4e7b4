package org.w3id.tigris.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputComparisonTest {
    private static final String DOC = "<http://x/id/document/a.txt>";
    private static final String TG = "https://w3id.org/tigris/ontology#";

    @TempDir
    Path dir;

    private static String run(String id, String time, String extra) {
        String run = "<http://x/id/run/" + id + ">";
        return DOC + " <http://www.w3.org/ns/prov#wasGeneratedBy> " + run + " " + DOC + " .\n"
                + run + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + TG + "ExtractionRun> " + DOC + " .\n"
                + run + " <" + TG + "pipelineFingerprint> \"sha256:1\" " + DOC + " .\n"
                + run + " <http://www.w3.org/ns/prov#startedAtTime> \"" + time
                + "\"^^<http://www.w3.org/2001/XMLSchema#dateTime> " + DOC + " .\n"
                + DOC + " <" + TG + "sourceName> \"a.txt\" " + DOC + " .\n" + extra;
    }

    private boolean compare(String a, String b) throws IOException {
        Path pa = Files.writeString(dir.resolve("a.nq"), a);
        Path pb = Files.writeString(dir.resolve("b.nq"), b);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        return OutputComparison.compare(pa, pb, new PrintStream(report, true, StandardCharsets.UTF_8));
    }

    @Test
    void runsThatDifferOnlyByIdAndStartAreTheSame() throws IOException {
        assertTrue(compare(run("r1", "2024-01-01T00:00:00Z", ""), run("r2", "2025-05-05T10:00:00Z", "")));
    }

    @Test
    void anyOtherDifferenceCounts() throws IOException {
        String extra = DOC + " <" + TG + "headline> \"Strike\" " + DOC + " .\n";
        assertFalse(compare(run("r1", "2024-01-01T00:00:00Z", ""), run("r1", "2024-01-01T00:00:00Z", extra)));
        String other = run("r1", "2024-01-01T00:00:00Z", "").replace("sha256:1", "sha256:2");
        assertFalse(compare(run("r1", "2024-01-01T00:00:00Z", ""), other));
    }

    @Test
    void nothingIsNotTheSameAsNothing() throws IOException {
        assertFalse(compare("", ""));
    }
}
