package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;

class KnowledgeStoreTest {
    private static final String FINGERPRINT = "sha256:0123456789abcdef";
    private static final RunInfo RUN = new RunInfo("r1", "test", FINGERPRINT, List.of(), Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    private DocumentGraph graph(KnowledgeStore store, String name, String text) {
        IriScheme iris = store.iriScheme(Optional.empty());
        return new DocumentGraphBuilder(iris, RUN).build(SampleExtraction.of(name, text));
    }

    @Test
    void twoSourcesWhoseNamesFoldToOneIriAreNeverMerged() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DocumentGraph first = graph(store, "a-b.txt", SampleExtraction.TEXT);
            DocumentGraph second = graph(store, "a/b.txt", SampleExtraction.TEXT + "More.\n");
            assertEquals(first.name(), second.name(), "the case the store must guard");
            store.ingest(first);
            long quads = quadCount(store);
            DocumentIdentityException refused = assertThrows(DocumentIdentityException.class, () -> store.ingest(second));
            assertTrue(refused.getMessage().contains("a-b.txt"), refused.getMessage());
            assertEquals(List.of("a-b.txt"), store.sourceNames());
            assertEquals(quads, quadCount(store));
        }
    }

    @Test
    void aBulkLoadRefusesTheSecondOfTwoNamesThatFoldTogether() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DocumentGraph first = graph(store, "a-b.txt", SampleExtraction.TEXT);
            DocumentGraph second = graph(store, "a/b.txt", SampleExtraction.TEXT);
            BulkLoad load = store.bulkLoad();
            load.add(first);
            assertThrows(DocumentIdentityException.class, () -> load.add(second));
            load.finish();
            assertEquals(List.of("a-b.txt"), store.sourceNames());
        }
    }

    @Test
    void reingestOfTheSameDocumentChangesNothing() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DocumentGraph doc = graph(store, "a.txt", SampleExtraction.TEXT);
            assertEquals(IngestOutcome.ADDED, store.ingest(doc));
            long quads = quadCount(store);
            assertEquals(IngestOutcome.UNCHANGED, store.ingest(graph(store, "a.txt", SampleExtraction.TEXT)));
            assertEquals(quads, quadCount(store));
            assertTrue(store.isCurrent("a.txt", doc.contentHash(), FINGERPRINT));
            assertEquals(List.of("a.txt"), store.sourceNames());
        }
    }

    @Test
    void aDocumentExtractedByAnotherPipelineIsReplaced() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            String newer = "sha256:fedcba9876543210";
            assertFalse(store.isCurrent("a.txt", SampleExtraction.sha256(SampleExtraction.TEXT), newer));
            RunInfo upgraded = new RunInfo("r2", "test", newer, List.of(), Instant.parse("2024-02-01T00:00:00Z"));
            DocumentGraph again = new DocumentGraphBuilder(store.iriScheme(Optional.empty()), upgraded)
                    .build(SampleExtraction.of("a.txt", SampleExtraction.TEXT));
            assertEquals(IngestOutcome.REPLACED, store.ingest(again));
            assertTrue(store.isCurrent("a.txt", again.contentHash(), newer));
            assertFalse(store.isCurrent("a.txt", again.contentHash(), FINGERPRINT));
            assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?d tg:sourceName \"a.txt\" ; prov:wasGeneratedBy ?r }"));
        }
    }

    @Test
    void aChangedDocumentReplacesItsGraph() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            store.ingest(graph(store, "b.txt", SampleExtraction.TEXT));
            String changed = SampleExtraction.TEXT + "A second paragraph.\n";
            assertEquals(IngestOutcome.REPLACED, store.ingest(graph(store, "a.txt", changed)));
            assertEquals(List.of("a.txt", "b.txt"), store.sourceNames());
            assertTrue(store.isCurrent("a.txt", SampleExtraction.sha256(changed), FINGERPRINT));
            assertFalse(store.isCurrent("a.txt", SampleExtraction.sha256(SampleExtraction.TEXT), FINGERPRINT));
            assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?h) AS ?n) { ?d tg:sourceName \"a.txt\" ; tg:contentHash ?h }"));
            assertEquals(2, count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?d a tg:Document } }"));
        }
    }

    @Test
    void aFailureInsideOneDocumentLeavesTheStoreAsItWas() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DocumentGraph original = graph(store, "a.txt", SampleExtraction.TEXT);
            store.ingest(original);
            long quads = quadCount(store);
            DocumentGraph changed = graph(store, "a.txt", SampleExtraction.TEXT + "More.\n");
            DocumentGraph broken = new DocumentGraph(changed.name(), changed.sourceName(), changed.contentHash(), FINGERPRINT,
                    new FailingGraph(changed.graph(), 20));
            assertThrows(IllegalStateException.class, () -> store.ingest(broken));
            assertEquals(quads, quadCount(store));
            assertTrue(store.isCurrent("a.txt", original.contentHash(), FINGERPRINT));
        }
    }

    @Test
    void aNewStoreCanBeBulkLoaded() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            // built first: the loader holds a transaction on this thread until finish()
            DocumentGraph a = graph(store, "a.txt", SampleExtraction.TEXT);
            DocumentGraph b = graph(store, "b.txt", SampleExtraction.TEXT);
            DocumentGraph aAgain = graph(store, "a.txt", SampleExtraction.TEXT);
            DocumentGraph aChanged = graph(store, "a.txt", SampleExtraction.TEXT + "Changed.\n");
            BulkLoad load = store.bulkLoad();
            assertEquals(IngestOutcome.ADDED, load.add(a));
            assertEquals(IngestOutcome.ADDED, load.add(b));
            assertEquals(IngestOutcome.UNCHANGED, load.add(aAgain));
            assertThrows(IllegalArgumentException.class, () -> load.add(aChanged));
            load.finish();
            assertEquals(List.of("a.txt", "b.txt"), store.sourceNames());
            assertTrue(store.isCurrent("a.txt", a.contentHash(), FINGERPRINT));
            // loaded graphs are replaced like any other
            assertEquals(IngestOutcome.REPLACED, store.ingest(graph(store, "a.txt", SampleExtraction.TEXT + "More.\n")));
            assertThrows(IllegalStateException.class, store::bulkLoad);
        }
    }

    @Test
    void theStoreKeepsOneIriBase() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertEquals("http://example.org", store.iriScheme(Optional.of("http://example.org/")).base());
            assertEquals("http://example.org", store.iriScheme(Optional.empty()).base());
            assertEquals(Optional.of("http://example.org"), store.recordedBase());
            assertThrows(IllegalArgumentException.class, () -> store.iriScheme(Optional.of("http://other.org")));
        }
    }

    @Test
    void indexesAndOntologyAreQueryable() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            Graph ontology = OntologyFiles.ontology().orElseThrow();
            assertTrue(store.loadOntology(ontology));
            assertFalse(store.loadOntology(ontology));
            store.rebuildIndexes();
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { tg:Assault rdfs:subClassOf* tg:Event }"));
            // labels are the default field; case and accents fold
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'mosul' }"));
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (tg:claimText 'stop') }"));
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (skos:altLabel 'isis') }"));
            assertTrue(Files.isRegularFile(dir.resolve("spatial.index")));
            assertEquals(1, count(store, "PREFIX spatial: <http://jena.apache.org/spatial#> "
                    + "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f spatial:withinBox (36 43 37 44) }"));
        }
        // the index survives reopening
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'text:fighters' }"));
        }
    }

    @Test
    void theTextIndexAnalysesEnglish() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            store.rebuildIndexes();
            // "fighters" and "strike" in the text; the singular, plural and other forms find them
            for (String query : List.of("fighter", "fighters", "FIGHTERS", "strikes", "striking", "kill", "Iraqi's")) {
                assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                        + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (nif:isString \"" + query + "\") }"), query);
            }
            assertEquals(0, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (nif:isString 'fight') }"),
                    "a stem is not a prefix search");
        }
    }

    @Test
    void anIndexBuiltWithAnotherAnalysisIsRebuilt() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertFalse(store.rebuildStaleIndexes(), "an empty store has nothing to index");
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            store.rebuildIndexes();
            assertFalse(store.rebuildStaleIndexes(), "built with the described analysis");
        }
        Path record = dir.resolve("text").resolve(TextAnalysis.FILE);
        assertTrue(Files.readString(record).contains("PorterStemFilter"));
        Files.writeString(record, "an older analysis");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertTrue(store.rebuildStaleIndexes());
            assertFalse(store.rebuildStaleIndexes());
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (nif:isString 'fighter') }"));
        }
        Files.delete(record);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            assertTrue(store.rebuildStaleIndexes(), "an index from before analyses were recorded");
        }
    }

    @Test
    void aStoreLeftBehindItsGraphsGetsItsClustersTooWhenItsStaleIndexIsRebuilt() {
        // as a bulk batch killed before its end leaves a store: documents written, the note that
        // the indexes are behind, no clusters, no analysis recorded; serve rebuilds it on opening
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.ingest(graph(store, "a.txt", SampleExtraction.TEXT));
            store.ingest(graph(store, "b.txt", SampleExtraction.TEXT));
            assertTrue(store.indexesPending());
            assertTrue(store.rebuildStaleIndexes());
            assertFalse(store.indexesPending());
            assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH <" + IriScheme.CLUSTERS_GRAPH
                    + "> { ?c tg:report ?r } }"), "the two reports of one event are clustered");
        }
    }

    private static long quadCount(KnowledgeStore store) {
        return count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    private static long count(KnowledgeStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(Namespaces.sparqlPrologue() + query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** A graph that fails part way through being copied into the store. */
    private static final class FailingGraph extends GraphWrapper {
        private final int failAfter;

        FailingGraph(Graph graph, int failAfter) {
            super(graph);
            this.failAfter = failAfter;
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            List<Triple> triples = new ArrayList<>(get().find(s, p, o).toList());
            return WrappedIterator.create(new java.util.Iterator<Triple>() {
                int i = 0;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Triple next() {
                    if (i >= failAfter || i >= triples.size()) {
                        throw new IllegalStateException("disk on fire");
                    }
                    return triples.get(i++);
                }
            });
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return find(m.getSubject(), m.getPredicate(), m.getObject());
        }

        @Override
        public ExtendedIterator<Triple> find() {
            return find(Node.ANY, Node.ANY, Node.ANY);
        }
    }

}
