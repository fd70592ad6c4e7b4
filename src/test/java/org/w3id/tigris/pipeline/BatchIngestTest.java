package org.w3id.tigris.pipeline;

import org.w3id.tigris.extract.DocumentExtraction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.store.KnowledgeStore;

/** Batches over real files, with a stand-in extractor: the batch's own behaviour, not the NLP. */
class BatchIngestTest {
    private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    private static final String FINGERPRINT = "sha256:0123456789abcdef";
    private static final RunInfo RUN = new RunInfo("r", "test", FINGERPRINT, List.of(), Instant.parse("2024-01-01T00:00:00Z"));

    @TempDir
    Path dir;

    /** One article over the whole text, nothing recognized; fails on a text containing "EXPLODE". */
    private static final DocumentExtractor PLAIN = new DocumentExtractor() {
        @Override
        public DocumentExtraction extract(Source source) {
            if (source.text().contains("EXPLODE")) {
                throw new IllegalArgumentException("cannot cope\nat all");
            }
            Article whole = new Article(0, source.text().length(), -1, -1, 0, Optional.empty());
            return new DocumentExtraction(source, new Segmentation(List.of(whole), List.of(), Optional.empty(), List.of()),
                    source.published(), List.of(), Map.of(), List.of(), List.of());
        }

        @Override
        public List<String> modelVersions() {
            return List.of();
        }
    };

    private IngestReport ingest(KnowledgeStore store, List<String> problems, Path... paths) {
        return BatchIngest.builder()
                .extractor(PLAIN)
                .graphs(new DocumentGraphBuilder(store.iriScheme(Optional.empty()), RUN))
                .sink(DocumentSink.into(store))
                .threads(2)
                .problemLog(problems::add)
                .build()
                .run(List.of(paths));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheRestIsStored() throws Exception {
        Path good = write("good.txt", "Protesters gathered in the capital on Friday.\n");
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            IngestReport report = ingest(store, problems, BAD_INPUT, good);
            assertEquals(problems.size(), report.problems().size());
            assertFalse(report.problems().isEmpty());
            for (String line : report.problems()) {
                assertEquals(1, line.lines().count(), line);
            }
            assertTrue(report.problems().stream().anyMatch(l -> l.startsWith("empty.txt")), report.problems().toString());
            assertTrue(report.problems().stream().anyMatch(l -> l.startsWith("image.txt")), report.problems().toString());
            List<String> stored = store.sourceNames();
            assertTrue(stored.contains("good.txt"));
            assertTrue(stored.contains("crlf.txt"));
            assertTrue(stored.contains("broken.html"));
            assertFalse(stored.contains("empty.txt"));
            assertEquals(report.added(), stored.size());
        }
    }

    @Test
    void aFailingDocumentIsSkippedAndHarmsNothingStored() throws Exception {
        Path a = write("a.txt", "The council met on Monday.\n");
        Path b = write("b.txt", "The council met again on Tuesday.\n");
        List<String> problems = new ArrayList<>();
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            assertEquals(2, ingest(store, problems, a, b).added());
            Files.writeString(b, "EXPLODE\n");
            Path c = write("c.txt", "A third meeting was held on Wednesday.\n");
            IngestReport second = ingest(store, problems, a, b, c);
            assertEquals(1, second.added());
            assertEquals(1, second.unchanged());
            assertEquals(List.of("b.txt: extraction failed: cannot cope at all"), second.problems());
            assertEquals(List.of("a.txt", "b.txt", "c.txt"), store.sourceNames());
            // the stored b.txt is the first version
            String firstVersion = new SourceReader().fromBytes("b.txt",
                    "The council met again on Tuesday.\n".getBytes(StandardCharsets.UTF_8)).contentHash();
            assertTrue(store.isCurrent("b.txt", firstVersion, FINGERPRINT));
        }
    }

    @Test
    void trigOutputHoldsOneNamedGraphPerDocument() throws Exception {
        Path a = write("a.txt", "The council met on Monday.\n");
        Path b = write("b.md", "# Vote\n\nThe council voted on Tuesday.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestReport report = BatchIngest.builder()
                .extractor(PLAIN)
                .graphs(new DocumentGraphBuilder(IriScheme.defaultScheme(), RUN))
                .sink(DocumentSink.trig(out))
                .build()
                .run(List.of(a, b));
        assertEquals(2, report.added());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.TRIG);
        List<String> graphs = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> graphs.add(r.getURI()));
        Collections.sort(graphs);
        assertEquals(List.of(IriScheme.defaultScheme().document("a.txt"), IriScheme.defaultScheme().document("b.md")), graphs);
    }
}
