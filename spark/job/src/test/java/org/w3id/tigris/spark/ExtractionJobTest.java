package org.w3id.tigris.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode: bad documents go to the manifest, the rest is extracted. */
class ExtractionJobTest {
    private static final String NEWS = "Drone strike near Mosul\n\nMOSUL, Iraq - A drone strike killed four fighters"
            + " of the Islamic State near Mosul on Tuesday, the Iraqi army said.\n";
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("tigris-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void badDocumentsAreListedAndTheRestExtracted() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("good.txt"), NEWS);
        Files.writeString(in.resolve("blank.txt"), "  \n\t\n");
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xFF, 0, 7});
        Files.writeString(in.resolve("notes.csv"), "a,b\n");
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"" + NEWS.replace("\n", "\\n") + "\", \"published\": \"someday\"}\n"
                + "not json\n");
        Path out = dir.resolve("out");
        Map<String, Object> run = new ExtractionJob(spark).run(new JobOptions(List.of(dir.resolve("in").toString()),
                out.toString(), InputFormat.FILES, "http://localhost:3030", Optional.empty()));

        Map<String, String> status = manifest(out);
        assertEquals("extracted", status.get("sub/good.txt"));
        assertEquals("extracted", status.get("sub/feed.jsonl#1"));
        assertEquals("skipped", status.get("sub/blank.txt"));
        assertEquals("skipped", status.get("sub/binary.txt"));
        assertEquals("skipped", status.get("sub/feed.jsonl#2"));
        assertEquals("warning", status.get("sub/feed.jsonl#1 (warning)"));
        assertTrue(!status.containsKey("sub/notes.csv"), "other files are passed over, as the CLI's walk does");
        assertEquals(2L, run.get("documents"));
        assertEquals(3L, run.get("skipped"));
        assertTrue(Files.isRegularFile(out.resolve("run.json")));
        String quads = readAll(out.resolve(OutputLayout.QUADS_DIR));
        assertTrue(quads.contains("<http://localhost:3030/id/document/sub-good.txt>")
                || quads.contains("<http://localhost:3030/id/document/sub/good.txt>"), "the good document's graph");
        assertTrue(quads.contains("\"sub/good.txt\""), quads.substring(0, Math.min(300, quads.length())));
    }

    @Test
    void aTableNamesItsDocumentsById() throws IOException {
        Path table = dir.resolve("table.json");
        Files.writeString(table, "{\"id\": \"2024/a-1\", \"url\": \"https://example.org/a\", \"published\": \"2024-03-05\","
                + " \"text\": \"" + NEWS.replace("\n", "\\n") + "\"}\n{\"id\": \"b-2\", \"text\": \"\"}\n");
        Path out = dir.resolve("out");
        new ExtractionJob(spark).run(new JobOptions(List.of(table.toString()), out.toString(), InputFormat.JSON,
                "http://localhost:3030", Optional.empty()));
        Map<String, String> status = manifest(out);
        assertEquals("extracted", status.get("2024/a-1"));
        assertEquals("skipped", status.get("b-2"));
        String quads = readAll(out.resolve(OutputLayout.QUADS_DIR));
        assertTrue(quads.contains("<http://purl.org/dc/terms/source> <https://example.org/a>"), "the url column");
    }

    /** Source name to status; a warning is keyed "NAME (warning)". */
    private static Map<String, String> manifest(Path out) throws IOException {
        Map<String, String> status = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : readAll(out.resolve(OutputLayout.MANIFEST_DIR)).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String s = n.get("status").asText();
            status.put(n.get("name").asText() + (s.equals("warning") ? " (warning)" : ""), s);
        }
        return status;
    }

    private static String readAll(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".gz")).forEach(files::add);
        }
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> sb.append(l).append('\n'));
            }
        }
        return sb.toString();
    }
}
