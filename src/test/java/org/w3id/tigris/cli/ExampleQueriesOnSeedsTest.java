package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query in queries/ answers with rows on the seeds, run the way the README
 * tells a user to: {@code tigris query --store DIR --file queries/X.rq}. A query that returns
 * nothing on the very documents it was written for is a broken example.
 */
class ExampleQueriesOnSeedsTest {
    /**
     * Queries that need what the seeds do not hold, with why: they must still run and print
     * their header; their rows are tested on graphs written for them.
     */
    private static final Map<String, String> NO_ROWS_ON_THE_SEEDS = Map.of(
            "casualty-disagreements.rq", "no two seeds are linked as reports of one event by the"
                    + " conservative cluster rules (see CasualtyDisagreementsQueryTest)");

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void ingestSeeds() {
        store = dir.resolve("store");
        String[] result = run("ingest", "--store", store.toString(), "seeds");
        assertEquals("0", result[0], result[2]);
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(list.size() >= 10, "at least 10 example queries");
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void answersWithRowsOnTheSeeds(Path query) {
        String[] result = run("query", "--store", store.toString(), "--file", query.toString(), "--format", "csv");
        assertEquals("0", result[0], query + ": " + result[2]);
        List<String> lines = result[1].lines().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty(), query + " printed no header");
        if (!NO_ROWS_ON_THE_SEEDS.containsKey(query.getFileName().toString())) {
            assertTrue(lines.size() > 1, query + " returned no rows on the seeds");
        }
    }

    private static String[] run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(Map.of()).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }
}
