package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.store.KnowledgeStore;

/** File names that fold together stay apart documents, through the command line and into the shapes. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DocumentIdentityTest {
    private static final List<String> FOLDING = List.of("a b.txt", "a-b.txt", "Café.txt", "Cafe.txt",
            "مرحبا.txt", "سلام.txt");

    @TempDir
    Path dir;

    @Test
    void namesThatFoldTogetherAreStoredApartAndConform() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> argv = new ArrayList<>(List.of("ingest", "--store", dir.resolve("store").toString(), "--threads", "2"));
        for (int i = 0; i < FOLDING.size(); i++) {
            Path file = in.resolve(FOLDING.get(i));
            Files.writeString(file, "Reuters reported on Monday that Egypt's president met officials in Cairo "
                    + "about the budget, number " + i + ".\n");
            argv.add(file.toString());
        }
        // a FIFO among them must not hold the batch up
        Path fifo = in.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        argv.add(fifo.toString());

        CliRun ingest = CliRun.of(argv.toArray(String[]::new));
        assertEquals(1, ingest.status(), ingest.err());
        assertEquals(1, ingest.err().lines().filter(l -> l.startsWith("tigris: skipped")).count(), ingest.err());
        assertTrue(ingest.err().contains("pipe.txt: not a regular file"), ingest.err());
        assertTrue(ingest.out().contains("6 added"), ingest.out());

        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            assertEquals(FOLDING.stream().sorted().toList(), store.sourceNames());
            String query = Namespaces.sparqlPrologue()
                    + "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?d) AS ?docs) "
                    + "{ GRAPH ?g { ?d tg:sourceName ?name } }";
            var row = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    var r = qe.execSelect().next();
                    return List.of(r.getLiteral("graphs").getInt(), r.getLiteral("docs").getInt());
                }
            });
            assertEquals(List.of(6, 6), row);
        }
        CliRun validate = CliRun.of("validate", "--store", dir.resolve("store").toString());
        assertEquals(0, validate.status(), validate.out());

        CliRun again = CliRun.of(argv.subList(0, argv.size() - 1).toArray(String[]::new));
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("6 unchanged"), again.out());
    }

}
