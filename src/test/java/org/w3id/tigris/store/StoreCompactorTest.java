package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;

/**
 * Compaction keeps every quad and the indexes, and a query asked during it answers. Every wait is bounded, and every store is closed, so that a stuck compaction (Jena
 * holds one JVM-wide lock for all of them) cannot hang the suite.
 */
class StoreCompactorTest {
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final RunInfo RUN = new RunInfo("r1", "test", "sha256:0123", List.of(), Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void compactionKeepsEveryQuadAndTheIndexes() {
        Set<Quad> before;
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            writeOneByOne(store);
            before = quads(store);
            CompactionReport report = store.compactor().compact(WAIT);
            assertEquals(CompactionReport.Status.COMPACTED, report.status(), report.describe());
            assertEquals(before.size(), report.after().orElseThrow().quads());
            assertEquals(before, quads(store));
            assertTrue(Files.isDirectory(dir.resolve("tdb2/Data-0002")));
            assertFalse(Files.exists(dir.resolve("tdb2/Data-0001")), "the old generation is deleted");
            assertEquals(Optional.of(report.after().orElseThrow()), store.compactor().lastCompacted());
            Dataset dataset = store.dataset();
            assertEquals(1, Txn.calculateRead(dataset,
                    () -> count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'mosul' }")));
            assertTrue(store.checkIndexes().agrees(), store.checkIndexes().describe());
            store.ingest(document(store, "d.txt", 9)); // and it takes writes again
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Set<Quad> reopened = quads(store);
            assertTrue(reopened.containsAll(before));
            assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.txt"), store.sourceNames());
            store.rebuildIndexes();
            assertTrue(store.checkIndexes().agrees(), store.checkIndexes().describe());
        }
    }

    @Test
    void aQueryDuringCompactionAnswers() throws Exception {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            writeOneByOne(store);
            long quads = quads(store).size();
            Dataset dataset = store.dataset();
            StoreCompactor compactor = store.compactor();
            // A client querying throughout, each query in a transaction of its own: those asked
            // during the compaction wait for it, and every one answers with every quad. A query
            // counts as asked during the compaction when it starts while the compaction runs:
            // whether it also ends before the compaction does is the scheduler's choice (the
            // exclusive part is most of a compaction), so the test does not ask for it.
            AtomicBoolean compacting = new AtomicBoolean(true);
            AtomicInteger duringCompaction = new AtomicInteger();
            Future<List<Long>> answers = reader.submit(() -> {
                List<Long> counts = new ArrayList<>();
                while (compacting.get()) {
                    if (compactor.running()) {
                        duringCompaction.incrementAndGet();
                    }
                    counts.add(Txn.calculateRead(dataset, () -> count(dataset, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
                }
                return counts;
            });
            assertEquals(CompactionReport.Status.STARTED, compactor.start().status());
            assertEquals(CompactionReport.Status.ALREADY_RUNNING, compactor.compact(WAIT).status(), "one compaction at a time");
            CompactionReport report = compactor.awaitCurrent(WAIT);
            compacting.set(false);
            assertEquals(CompactionReport.Status.COMPACTED, report.status(), report.describe());
            List<Long> counts = answers.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(duringCompaction.get() > 0, "some queries were asked while the store was being compacted");
            assertTrue(counts.stream().allMatch(n -> n == quads), "every query answered with every quad: " + counts);
            assertEquals(quads, quads(store).size());
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void theStoreSizeCountsQuadsAndFileBytes() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            writeOneByOne(store);
            StoreSize size = store.compactor().size();
            assertEquals(quads(store).size(), size.quads());
            assertTrue(size.bytes() > 0 && size.describe().contains("bytes per quad"), size.describe());
        }
    }

    /** Three documents, each written and rewritten in transactions of its own, as incremental batches do. */
    private static void writeOneByOne(KnowledgeStore store) {
        for (int round = 0; round < 3; round++) {
            for (String name : List.of("a.txt", "b.txt", "c.txt")) {
                store.ingest(document(store, name, round));
            }
        }
        store.rebuildIndexes();
    }

    private static DocumentGraph document(KnowledgeStore store, String name, int round) {
        IriScheme iris = store.iriScheme(Optional.empty());
        return new DocumentGraphBuilder(iris, RUN).build(SampleExtraction.of(name, SampleExtraction.TEXT + "Round " + round + ".\n"));
    }

    private static Set<Quad> quads(KnowledgeStore store) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            try (Stream<Quad> all = dataset.asDatasetGraph().stream()) {
                return all.collect(Collectors.toSet());
            }
        });
    }

    private static long count(Dataset dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset)
                .query(Namespaces.sparqlPrologue() + "PREFIX text: <http://jena.apache.org/text#> " + query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
