package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.store.KnowledgeStore;

/**
 * A batch killed at any moment ({@code kill -9}: the process gets no say) resumes where it
 * stopped: the run after it keeps what was committed, does the rest, and leaves a store that
 * validates, where search finds every document and every document is there once.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ResumableBatchTest {
    private static final int DOCUMENTS = StoreIngest.BULK_THRESHOLD; // the bulk loader's path
    private static final String[] PLACES = {"Baghdad", "Cairo", "Nairobi", "Khartoum", "Amman", "Beirut", "Tripoli",
            "Damascus"};

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < DOCUMENTS; i++) {
            String place = PLACES[i % PLACES.length];
            Files.writeString(corpus.resolve(String.format("doc%04d.txt", i)), "Fire at a market in " + place + "\n\n"
                    + place + ", May " + (1 + i % 28) + ", 2024 - Officials in " + place + " said on Monday that "
                    + (3 + i % 40) + " people were hurt when a fire broke out at a market. The police said the"
                    + " cause was not known. Reference " + token(i) + ".\n");
        }
        return corpus;
    }

    /** A word found in one document only, as the text index splits words. */
    private static String token(int i) {
        StringBuilder s = new StringBuilder("tgref");
        for (int n = i, k = 0; k < 3; k++, n /= 26) {
            s.append((char) ('a' + n % 26));
        }
        return s.toString();
    }

    @Test
    void killedEarly() throws Exception {
        Path corpus = corpus();
        killDuring(corpus, line -> false, 1500);
        assertResumed(corpus);
    }

    @Test
    void killedInTheMiddleOfTheBulkLoadKeepsWhatWasCommitted() throws Exception {
        Path corpus = corpus();
        List<String> seen = killDuring(corpus, line -> line.contains("Bulk load: 40 documents committed"), 0);
        assertTrue(seen.stream().anyMatch(l -> l.contains("Bulk load: 40 documents committed")), String.join("\n", seen));
        CliRun again = assertResumed(corpus);
        int unchanged = Integer.parseInt(again.out().replaceAll("(?s).* (\\d+) unchanged.*", "$1"));
        assertTrue(unchanged >= 40 && unchanged < DOCUMENTS, "the committed documents stay: " + again.out());
    }

    @Test
    void killedDuringTheIndexRebuildHasItDoneByTheNextRun() throws Exception {
        Path corpus = corpus();
        List<String> seen = killDuring(corpus, line -> line.contains("Rebuilding the text and spatial indexes"), 0);
        assertTrue(seen.stream().anyMatch(l -> l.contains("Rebuilding the text and spatial indexes")), String.join("\n", seen));
        CliRun again = assertResumed(corpus);
        assertTrue(again.out().contains(DOCUMENTS + " unchanged"), again.out());
    }

    /** Starts an ingest in a process of its own and kills it at the first line matching, or after {@code millis}. */
    private List<String> killDuring(Path corpus, Predicate<String> trigger, long millis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--store", dir.resolve("store").toString(), "--threads", "2",
                "--commit-every", "20", corpus.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            if (millis > 0) {
                Thread.sleep(millis);
                p.destroyForcibly();
            } else {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (trigger.test(line)) {
                        p.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0, "the process was killed, not finished: " + lines);
        return lines;
    }

    private CliRun assertResumed(Path corpus) {
        String store = dir.resolve("store").toString();
        CliRun again = CliRun.of("ingest", "--store", store, "--threads", "2", "--commit-every", "20", corpus.toString());
        assertEquals(0, again.status(), again.err());
        CliRun validate = CliRun.of("validate", "--store", store);
        assertEquals(0, validate.status(), validate.out());
        assertTrue(validate.out().contains("indexes agree"), validate.out());
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve("store"))) {
            List<QuerySolution> perName = select(ks, "SELECT ?n (COUNT(DISTINCT ?g) AS ?graphs) "
                    + "{ GRAPH ?g { ?d tg:sourceName ?n } } GROUP BY ?n");
            assertEquals(DOCUMENTS, perName.size(), "every document stored");
            perName.forEach(r -> assertEquals(1, r.getLiteral("graphs").getInt(), r.toString()));
            for (int i = 0; i < DOCUMENTS; i++) {
                String name = String.format("doc%04d.txt", i);
                List<QuerySolution> found = select(ks, "PREFIX text: <http://jena.apache.org/text#> SELECT ?n "
                        + "{ ?d text:query (nif:isString '" + token(i) + "') ; tg:sourceName ?n }");
                assertEquals(1, found.size(), "search finds " + name);
                assertEquals(name, found.get(0).getLiteral("n").getString());
            }
        }
        return again;
    }

    private static List<QuerySolution> select(KnowledgeStore ks, String query) {
        return Txn.calculateRead(ks.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(ks.dataset()).query(Namespaces.sparqlPrologue() + query).build()) {
                List<QuerySolution> out = new ArrayList<>();
                qe.execSelect().forEachRemaining(out::add);
                return out;
            }
        });
    }

}
