package org.w3id.tigris.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.w3id.tigris.pipeline.Pipeline;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.read.ReadProblem;
import org.w3id.tigris.read.RecordSource;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;

/**
 * Extracts the documents of one partition, each as {@code tigris extract} does (the same
 * reader, pipeline and graph builder), and emits for each an {@code (kind, line)} row: its
 * graph as a block of N-Quads, and its manifest line. A document that cannot be read or
 * extracted yields only a manifest line saying why; the task goes on. Rows are produced as
 * the partition is consumed, so a task holds one document at a time.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
    static final String QUADS = "quads";
    static final String MANIFEST = "manifest";

    private final String base;
    private final RunSpec run;
    private final FileContents files;
    private final Counters counters;

    PartitionExtractor(String base, RunSpec run, FileContents files, Counters counters) {
        this.base = base;
        this.run = run;
        this.files = files;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        Pipeline pipeline = ExecutorPipeline.get();
        SourceReader reader = new SourceReader();
        DocumentGraphBuilder graphs = new DocumentGraphBuilder(new IriScheme(base), run.toRunInfo());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(input, Spliterator.ORDERED), false)
                .flatMap(row -> rowsFor(InputRow.of(row), reader, pipeline, graphs).stream())
                .iterator();
    }

    private List<Row> rowsFor(InputRow input, SourceReader reader, Pipeline pipeline, DocumentGraphBuilder graphs) {
        List<Row> out = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        if (input.isFile()) {
            readFile(input, reader, sources, problems);
        } else if (input.id() == null) {
            problems.add(new ReadProblem(input.root(), "a row has no id"));
        } else if (input.text() == null) {
            problems.add(new ReadProblem(input.id(), "no \"text\""));
        } else {
            new RecordSource(input.id(), "", input.text(), InputRow.optional(input.url()),
                    InputRow.optional(input.title()), InputRow.optional(input.published()))
                    .toSource(problems::add).ifPresent(sources::add);
        }
        for (ReadProblem p : problems) {
            if (p.skipped()) {
                counters.skipped().add(1);
                out.add(manifest(ManifestEntry.skipped(p.name(), p.message())));
            } else {
                out.add(manifest(ManifestEntry.warning(p.name(), p.message())));
            }
        }
        for (Source source : sources) {
            out.addAll(extract(source, pipeline, graphs));
        }
        return out;
    }

    private void readFile(InputRow input, SourceReader reader, List<Source> sources, List<ReadProblem> problems) {
        String name = input.fileSourceName();
        if (!SourceReader.supports(name)) {
            // a directory walk passes over other files, as the CLI's does; a file named explicitly is refused
            if (!input.rootIsDirectory()) {
                problems.add(new ReadProblem(name, "unsupported file type (expected .txt, .md, .html, .htm or .jsonl)"));
            }
            return;
        }
        byte[] bytes;
        try {
            bytes = files.read(input.path(), input.length());
        } catch (IOException | RuntimeException e) {
            problems.add(new ReadProblem(name, "cannot read: " + oneLine(e)));
            return;
        }
        reader.readBytes(name, bytes, sources::add, problems::add);
    }

    private List<Row> extract(Source source, Pipeline pipeline, DocumentGraphBuilder graphs) {
        try {
            DocumentGraph graph = graphs.build(pipeline.extract(source));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StreamRDF nquads = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS_UTF8);
            nquads.start();
            Node name = NodeFactory.createURI(graph.name());
            long[] count = {0};
            graph.graph().find().forEach(t -> {
                nquads.quad(Quad.create(name, t));
                count[0]++;
            });
            nquads.finish();
            String block = bytes.toString(StandardCharsets.UTF_8).stripTrailing();
            counters.documents().add(1);
            counters.quads().add(count[0]);
            return List.of(RowFactory.create(QUADS, block), manifest(ManifestEntry.extracted(source.name(),
                    graph.name(), source.contentHash(), count[0])));
        } catch (RuntimeException | StackOverflowError e) {
            counters.skipped().add(1);
            return List.of(manifest(ManifestEntry.skipped(source.name(), "extraction failed: " + oneLine(e))));
        }
    }

    private static Row manifest(ManifestEntry entry) {
        return RowFactory.create(MANIFEST, entry.toJson());
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    /** What the job counts as it goes (a task that is retried may count twice: the manifest is exact). */
    record Counters(LongAccumulator documents, LongAccumulator skipped, LongAccumulator quads)
            implements java.io.Serializable {
    }
}
