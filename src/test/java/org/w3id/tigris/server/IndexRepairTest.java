package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;
import org.w3id.tigris.store.KnowledgeStore;

/** A server opened on a store whose index work was cut short rebuilds the indexes before serving. */
class IndexRepairTest {
    @TempDir
    Path dir;

    @Test
    void aStoreNotedAsOwingItsIndexesGetsThemRebuiltAtStart() throws IOException {
        Path store = dir.resolve("store");
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IriScheme iris = ks.iriScheme(Optional.empty());
            RunInfo run = new RunInfo("r", "test", "sha256:0123456789abcdef", List.of(), Instant.parse("2024-01-01T00:00:00Z"));
            ks.ingest(new DocumentGraphBuilder(iris, run).build(SampleExtraction.of("a.txt")));
            ks.rebuildIndexes();
            ks.indexWorkStarts(); // as a batch killed before its indexes were done leaves it
        }
        try (Stream<Path> files = Files.walk(store.resolve("text"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        TigrisServer server = TigrisServer.create().store(store).port(0).loopbackOnly(true).build();
        try {
            assertTrue(ask(server, "PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query 'mosul' }"),
                    "the text index was rebuilt");
            assertFalse(ask(server, "ASK { GRAPH ?g { ?s <https://w3id.org/tigris/ontology#indexesPending> ?o } }"),
                    "and the note removed");
        } finally {
            server.stop();
        }
    }

    private static boolean ask(TigrisServer server, String query) {
        return Txn.calculateRead(server.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(server.dataset()).query(query).build()) {
                return qe.execAsk();
            }
        });
    }
}
