package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.w3id.tigris.pipeline.IngestReport;

/** {@code tigris ingest --store DIR [--base IRI] PATH...} */
final class IngestCommand implements Command {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "extract documents into a store (re-ingesting a document replaces it)";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris ingest --store DIR [--base IRI] [--threads N] PATH...

                Reads .txt, .md, .html/.htm and .jsonl files (directories recursively), extracts
                each document and stores its graph in the TDB2 store DIR (created if need be).
                A document already stored with the same text is left as it is; a changed one is
                replaced. A file that cannot be read is reported in one line and skipped; the
                rest is ingested, and the exit status is 1.

                  --store DIR    the store directory
                  --base IRI     the base of the IRIs minted (default http://localhost:3030);
                                 recorded in a new store, which keeps it
                  --threads N    documents extracted in parallel (default: the number of cores)
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "base", "threads"), Set.of());
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        Path store = Path.of(args.required("store"));
        if (args.positional().isEmpty()) {
            throw new UsageException("no PATH to ingest");
        }
        List<Path> paths = args.positional().stream().map(Path::of).toList();
        IngestReport report = new StoreIngest(store, args.value("base"), args.integer("threads", 1, 256))
                .ingest(paths, err);
        out.println(report.summary());
        return report.problems().isEmpty() ? 0 : 1;
    }
}
