package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.tigris.store.LoadReport;
import org.w3id.tigris.store.PartsLoad;

/** {@code tigris load --store DIR PARTS...} */
final class LoadCommand implements Command {
    private static final long MIB = 1024L * 1024;

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "bulk-load extracted N-Quads (the Spark job's output) into a store";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris load --store DIR [--loader auto|xloader|tdbloader] [--xloader-above MB] PARTS...

                Loads document graphs extracted elsewhere (the Spark job's output directories,
                or .nq / .nq.gz files) into the store DIR, created if need be, and leaves it as
                `tigris ingest` does: IRI base recorded, ontology loaded, indexes up to date. A
                document the store holds with the same text and pipeline is left alone, a changed
                one replaced, a new one added; so loading more parts later adds to the store.
                Every part is read once before the store is touched: a part that does not parse
                changes nothing.

                  --store DIR          the store directory
                  --loader L           a new store: auto (default) builds it with Jena's xloader
                                       when its parts are large, with TDB2's parallel loader
                                       otherwise; xloader or tdbloader to choose. Into a store
                                       that holds documents, documents are written in groups
                                       with their own index entries, as ingest writes them
                  --xloader-above MB   with auto, the size of the parts from which a new store is
                                       xloaded (default 64); the xloader needs sort and gzip
                  --sort-threads N     threads of the xloader's sorts (default 2)
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "loader", "xloader-above", "sort-threads"), Set.of());
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        Path store = Path.of(args.required("store"));
        if (args.positional().isEmpty()) {
            throw new UsageException("no PARTS to load");
        }
        PartsLoad.Loader loader;
        try {
            loader = PartsLoad.Loader.valueOf(args.value("loader").orElse("auto").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--loader must be auto, xloader or tdbloader");
        }
        LoadReport report = PartsLoad.builder()
                .store(store)
                .parts(args.positional().stream().map(Path::of).toList())
                .loader(loader)
                .xloaderAboveBytes(args.integer("xloader-above", 0, 1_000_000).orElse(64) * MIB)
                .sortThreads(args.integer("sort-threads", 1, 64).orElse(2))
                .log(line -> err.println("tigris load: " + line))
                .build()
                .run();
        out.println(report.summary());
        return 0;
    }
}
