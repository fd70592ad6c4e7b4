package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tigris ingest keeps the cross-source clusters in step with the documents; tigris cluster rebuilds them. */
class IngestClustersTest {
    private static final String WIRE = "Drone strike near Mosul\n\nMarch 12, 2024\n\n"
            + "A drone strike killed four Islamic State fighters near Mosul on Tuesday, the Iraqi army said.\n";
    private static final String RADIO = "Army: militants killed\n\nMarch 12, 2024\n\n"
            + "Six Islamic State fighters were killed on Tuesday when a drone struck their hideout near Mosul, officials said.\n";
    private static final String RADIO_A_WEEK_LATER = RADIO.replace("March 12", "March 19");
    private static final String CLUSTERS = "SELECT (COUNT(?c) AS ?n) (MIN(?min) AS ?low) (MAX(?max) AS ?high) "
            + "WHERE { ?c a tg:EventCluster ; tg:killedMin ?min ; tg:killedMax ?max }";

    @TempDir
    Path dir;

    @Test
    void ingestLinksTwoReportsAndUnlinksThemWhenOneChanges() throws IOException {
        Path store = dir.resolve("store");
        Files.writeString(dir.resolve("wire.txt"), WIRE);
        Files.writeString(dir.resolve("radio.txt"), RADIO);
        assertEquals("0", run("ingest", "--store", store.toString(), dir.resolve("wire.txt").toString(),
                dir.resolve("radio.txt").toString())[0]);
        assertEquals("1,4,6", clusters(store), "one strike, the tolls of both sources");

        Files.writeString(dir.resolve("radio.txt"), RADIO_A_WEEK_LATER);
        run("ingest", "--store", store.toString(), dir.resolve("radio.txt").toString());
        assertEquals("0,,", clusters(store), "a strike a week later is another strike");
        String[] valid = run("validate", "--store", store.toString());
        assertTrue(valid[1].contains("indexes agree"), "the cluster's label left the text index with it: " + valid[1]);

        String[] rebuilt = run("cluster", "--store", store.toString());
        assertEquals("0", rebuilt[0], rebuilt[2]);
        assertEquals("0 clusters linking 0 of 2 events", rebuilt[1].strip());
    }

    private String clusters(Path store) {
        String[] result = run("query", "--store", store.toString(), "--format", "csv", CLUSTERS);
        assertEquals("0", result[0], result[2]);
        return result[1].lines().skip(1).findFirst().orElse("").strip();
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
