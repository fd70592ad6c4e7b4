package org.w3id.tigris.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.pipeline.BatchIngest;
import org.w3id.tigris.pipeline.DocumentSink;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.pipeline.Pipeline;
import org.w3id.tigris.pipeline.PipelineFingerprint;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.RunInfo;

/** {@code tigris extract PATH... --out FILE.trig} */
final class ExtractCommand implements Command {
    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "extract documents to a TriG file, without a store";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris extract PATH... --out FILE.trig [--base IRI] [--threads N]

                Extracts every document under the PATHs and writes their graphs, one named
                graph per document, to FILE as TriG. No store is involved. Unreadable files
                are reported in one line and skipped (exit status 1).

                  --out FILE     the TriG file to write
                  --base IRI     the base of the IRIs minted (default http://localhost:3030)
                  --threads N    documents extracted in parallel (default: the number of cores)
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("out", "base", "threads"), Set.of());
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        Path target = Path.of(args.required("out"));
        if (args.positional().isEmpty()) {
            throw new UsageException("no PATH to extract");
        }
        List<Path> paths = args.positional().stream().map(Path::of).toList();
        IriScheme iris = new IriScheme(args.value("base").orElse(IriScheme.DEFAULT_BASE));
        Optional<Integer> threads = args.integer("threads", 1, 256);
        Pipeline pipeline = Pipeline.create().build();
        RunInfo run = RunInfo.startNow(RunInfo.tigrisVersion(), PipelineFingerprint.current(), pipeline.modelVersions());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        IngestReport report;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial))) {
            BatchIngest.Builder batch = BatchIngest.builder()
                    .extractor(pipeline)
                    .graphs(new DocumentGraphBuilder(iris, run))
                    .sink(DocumentSink.trig(os))
                    .problemLog(line -> err.println("tigris: skipped " + line));
            threads.ifPresent(batch::threads);
            report = batch.build().run(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        out.println(report.processed() + " documents written to " + target
                + (report.problems().isEmpty() ? "" : ", " + report.problems().size() + " skipped"));
        return report.problems().isEmpty() ? 0 : 1;
    }
}
