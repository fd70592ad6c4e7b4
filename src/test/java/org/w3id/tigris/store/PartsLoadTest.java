package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.Namespaces;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.rdf.SampleExtraction;

class PartsLoadTest {
    private static final RunInfo RUN = new RunInfo("r1", "test", "sha256:0123456789abcdef", List.of(),
            Instant.parse("2024-01-01T00:00:00Z"));
    private static final Node BLANK = NodeFactory.createURI("urn:test:blank");
    private static final String CHANGED = SampleExtraction.TEXT + "A second paragraph.\n";

    @TempDir
    Path dir;

    @Test
    void bothLoadersBuildTheStoreIngestWouldBuild() {
        Path part = part("p1.nq.gz", doc("a.txt", SampleExtraction.TEXT), doc("b.txt", SampleExtraction.TEXT));
        LoadReport x = load("x", PartsLoad.Loader.XLOADER, part);
        LoadReport t = load("t", PartsLoad.Loader.TDBLOADER, part);
        assertEquals("xloader", x.loader());
        assertEquals("tdbloader", t.loader());
        assertEquals(2, x.added());
        try (KnowledgeStore ingested = KnowledgeStore.open(dir.resolve("i"))) {
            ingested.iriScheme(Optional.of(IriScheme.DEFAULT_BASE));
            ingested.ingest(doc("a.txt", SampleExtraction.TEXT));
            ingested.ingest(doc("b.txt", SampleExtraction.TEXT));
            ingested.loadOntology(OntologyFiles.ontology().orElseThrow());
            ingested.rebuildClusters(); // as tigris ingest does: the two texts report one event
            ingested.rebuildIndexes(); // as tigris ingest does, which clears the note that they are behind
        }
        Set<Quad> expected = quads("i");
        assertTrue(expected.stream().anyMatch(q -> q.getGraph().getURI().equals(IriScheme.CLUSTERS_GRAPH)));
        assertSame(expected, quads("x"));
        assertSame(expected, quads("t"));
        try (KnowledgeStore loaded = KnowledgeStore.open(dir.resolve("x"))) {
            assertEquals(Optional.of(IriScheme.DEFAULT_BASE), loaded.recordedBase());
            assertEquals(1, count(loaded, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query 'mosul' }"));
            assertEquals(1, count(loaded, "SELECT (COUNT(*) AS ?n) { tg:Assault rdfs:subClassOf* tg:Event }"));
            assertTrue(Files.isRegularFile(dir.resolve("x").resolve("spatial.index")));
        }
    }

    @Test
    void loadingMorePartsAddsNewDocumentsReplacesChangedOnesAndKeepsTheRest() {
        Path first = part("p1.nq.gz", doc("a.txt", SampleExtraction.TEXT), doc("b.txt", SampleExtraction.TEXT));
        Path second = part("p2.nq", doc("b.txt", CHANGED), doc("c.txt", SampleExtraction.TEXT));
        load("s", PartsLoad.Loader.AUTO, first);
        LoadReport again = load("s", PartsLoad.Loader.AUTO, first, second);
        assertEquals(1, again.added());
        assertEquals(1, again.replaced());
        assertEquals(1, again.unchanged());
        assertEquals(1, again.superseded()); // b.txt of the first part: the second holds a later one
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"))) {
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), store.sourceNames());
            assertTrue(store.isCurrent("b.txt", SampleExtraction.sha256(CHANGED), RUN.pipelineFingerprint()));
            assertEquals(1, count(store, "SELECT (COUNT(DISTINCT ?h) AS ?n) { ?d tg:sourceName \"b.txt\" ; tg:contentHash ?h }"));
        }
    }

    @Test
    void loadingIntoAStoreThatHoldsDocumentsIndexesOnlyTheDocumentsItWrites() {
        load("s", PartsLoad.Loader.AUTO, part("p1.nq.gz", doc("a.txt", SampleExtraction.TEXT)));
        // an entry no graph states: a rebuild of the index from the graphs would drop it
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"))) {
            TextIndex index = textIndex(store.dataset().asDatasetGraph());
            Node marker = NodeFactory.createURI("urn:test:marker");
            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), Quad.defaultGraphIRI, marker,
                    RDFS.label.asNode(), NodeFactory.createLiteralString("zanzibarmarker")));
            index.commit();
        }
        LoadReport again = load("s", PartsLoad.Loader.AUTO,
                part("p2.nq", doc("b.txt", CHANGED), doc("c.txt", SampleExtraction.TEXT)));
        assertEquals(2, again.added());
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"))) {
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(*) AS ?n) { ?s text:query 'zanzibarmarker' }"), "the index was rebuilt");
            assertEquals(1, count(store, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (nif:isString 'paragraph') }"), "the new text is found");
            assertFalse(store.indexesPending());
        }
        // what the load wrote, clusters included, is what one load of every document writes
        load("t", PartsLoad.Loader.TDBLOADER,
                part("p3.nq", doc("a.txt", SampleExtraction.TEXT), doc("b.txt", CHANGED), doc("c.txt", SampleExtraction.TEXT)));
        assertSame(quads("t"), quads("s"));
    }

    @Test
    void aPartThatDoesNotParseChangesNothing() throws IOException {
        Path good = part("p1.nq.gz", doc("a.txt", SampleExtraction.TEXT));
        load("s", PartsLoad.Loader.AUTO, good);
        Set<Quad> before = quads("s");
        Path bad = dir.resolve("p2.nq");
        Files.writeString(bad, "<http://example.org/s> <http://example.org/p> \"unterminated .\n", StandardCharsets.UTF_8);
        Path more = part("p3.nq", doc("c.txt", SampleExtraction.TEXT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("s", PartsLoad.Loader.AUTO, more, bad));
        assertTrue(e.getMessage().contains("p2.nq"), e.getMessage());
        assertSame(before, quads("s"));
    }

    @Test
    void aDocumentWhoseQuadsAreNotTogetherIsRefused() throws IOException {
        Path part = part("p1.nq", doc("a.txt", SampleExtraction.TEXT), doc("b.txt", SampleExtraction.TEXT));
        Files.writeString(part, "<http://localhost:3030/id/document/a.txt> <http://example.org/p> \"late\" "
                + "<http://localhost:3030/id/document/a.txt> .\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("s", PartsLoad.Loader.AUTO, part));
        assertTrue(e.getMessage().contains("not together"), e.getMessage());
    }

    @Test
    void aStoreWithAnotherBaseIsRefused() {
        Path part = part("p1.nq", doc("a.txt", SampleExtraction.TEXT));
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("s"))) {
            store.iriScheme(Optional.of("https://example.org/kg"));
        }
        assertThrows(IllegalArgumentException.class, () -> load("s", PartsLoad.Loader.AUTO, part));
    }

    @Test
    void triplesThatAreNoTigrisDocumentAreRefused() throws IOException {
        Path other = dir.resolve("other.nq");
        Files.writeString(other, "<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load("s", PartsLoad.Loader.AUTO, other));
        assertTrue(e.getMessage().contains("not a Tigris document"), e.getMessage());
    }

    private LoadReport load(String store, PartsLoad.Loader loader, Path... parts) {
        return PartsLoad.builder().store(dir.resolve(store)).parts(List.of(parts)).loader(loader).build().run();
    }

    private static TextIndex textIndex(DatasetGraph dsg) {
        DatasetGraph current = dsg;
        while (!(current instanceof DatasetGraphText)) {
            current = ((DatasetGraphWrapper) current).getWrapped();
        }
        return ((DatasetGraphText) current).getTextIndex();
    }

    private static DocumentGraph doc(String name, String text) {
        return new DocumentGraphBuilder(IriScheme.defaultScheme(), RUN).build(SampleExtraction.of(name, text));
    }

    private Path part(String file, DocumentGraph... documents) {
        Path path = dir.resolve(file);
        try (OutputStream out = file.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(path))
                : Files.newOutputStream(path)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            for (DocumentGraph d : documents) {
                Node g = NodeFactory.createURI(d.name());
                d.graph().find().forEach(t -> writer.quad(Quad.create(g, t)));
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }

    /** Every quad of a store, blank nodes (the ontology's lists) as one node: they differ by store. */
    private Set<Quad> quads(String store) {
        try (KnowledgeStore ks = KnowledgeStore.open(dir.resolve(store))) {
            return Txn.calculateRead(ks.tdb(), () -> {
                Set<Quad> all = new HashSet<>();
                ks.tdb().find().forEachRemaining(q -> all.add(Quad.create(q.getGraph(), blank(q.getSubject()),
                        q.getPredicate(), blank(q.getObject()))));
                return all;
            });
        }
    }

    private static Node blank(Node n) {
        return n.isBlank() ? BLANK : n;
    }

    private static void assertSame(Set<Quad> expected, Set<Quad> actual) {
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> missing.size() + " quads missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    private static long count(KnowledgeStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query(Namespaces.sparqlPrologue() + query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
