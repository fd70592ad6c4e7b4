package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;

/** Documents written as one group: one transaction, one index commit, every guarantee of a single write kept. */
class DocumentGroupTest {
    private static final RunInfo RUN = new RunInfo("r1", "test", "sha256:0123456789abcdef", List.of(),
            Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private static DocumentGraph graph(KnowledgeStore store, String name, String word) {
        IriScheme iris = store.iriScheme(Optional.empty());
        return new DocumentGraphBuilder(iris, RUN).build(SampleExtraction.of(name,
                SampleExtraction.TEXT + "Reference " + word + ".\n"));
    }

    @Test
    void aGroupAppearsWholeAtItsCommitWithEveryDocumentSearchableAndTheIndexesAgreeing() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "old.txt", "tgrefold"));
            store.rebuildIndexes();
            LiveStore live = store.indexedWriter(ClusterUpkeep.WITH_EACH_GROUP);
            List<IngestOutcome> outcomes = new ArrayList<>();
            try (DocumentGroup group = live.group()) {
                outcomes.add(group.add(graph(store, "one.txt", "tgrefone")));
                outcomes.add(group.add(graph(store, "two.txt", "tgreftwo")));
                outcomes.add(group.add(graph(store, "old.txt", "tgrefnew")));
                outcomes.add(group.add(graph(store, "two.txt", "tgreftwo")));
                // another thread, as a reader of the served store, sees none of the group yet
                assertEquals(List.of("old.txt"), CompletableFuture.supplyAsync(store::sourceNames).get());
                assertEquals(1, CompletableFuture.supplyAsync(() -> search(store, "tgrefold")).get().size());
                group.commit();
            }
            assertEquals(List.of(IngestOutcome.ADDED, IngestOutcome.ADDED, IngestOutcome.REPLACED, IngestOutcome.UNCHANGED),
                    outcomes);
            assertEquals(List.of("old.txt", "one.txt", "two.txt"), store.sourceNames());
            assertEquals(List.of("one.txt"), search(store, "tgrefone"));
            assertEquals(List.of("two.txt"), search(store, "tgreftwo"));
            assertEquals(List.of("old.txt"), search(store, "tgrefnew"));
            assertEquals(List.of(), search(store, "tgrefold"), "the replaced text left the index");
            assertTrue(store.indexesPending(), "noted until the writer settles");
            live.settle();
            IndexAgreement agreement = store.checkIndexes();
            assertTrue(agreement.agrees(), agreement.toString());
        }
    }

    @Test
    void aRefusedDocumentLeavesTheRestOfItsGroupAndAnAbortedGroupLeavesNothing() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            LiveStore live = store.indexedWriter(ClusterUpkeep.WITH_EACH_GROUP);
            try (DocumentGroup group = live.group()) {
                group.add(graph(store, "a-b.txt", "tgrefone"));
                // a name that folds to the same document IRI is refused, the group goes on
                assertThrows(DocumentIdentityException.class, () -> group.add(graph(store, "a/b.txt", "tgreftwo")));
                group.add(graph(store, "c.txt", "tgrefthree"));
                group.commit();
            }
            assertEquals(List.of("a-b.txt", "c.txt"), store.sourceNames());
            try (DocumentGroup group = live.group()) {
                group.add(graph(store, "d.txt", "tgreffour"));
                // closed without a commit: as a process killed mid-group leaves it
            }
            assertEquals(List.of("a-b.txt", "c.txt"), store.sourceNames());
            assertEquals(List.of(), search(store, "tgreffour"));
            live.write(graph(store, "e.txt", "tgreffive")); // the write lock was released
            live.settle();
            assertFalse(store.indexesPending());
            assertTrue(store.checkIndexes().agrees(), store.checkIndexes().toString());
        }
    }

    private static List<String> search(KnowledgeStore store, String word) {
        String query = Namespaces.sparqlPrologue() + "PREFIX text: <http://jena.apache.org/text#> SELECT ?n "
                + "{ ?d text:query (nif:isString '" + word + "') ; tg:sourceName ?n } ORDER BY ?n";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<String> out = new ArrayList<>();
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getLiteral("n").getString()));
                return out;
            }
        });
    }
}
