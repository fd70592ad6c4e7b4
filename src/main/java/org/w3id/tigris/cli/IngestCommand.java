package org.w3id.tigris.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.server.AdminCredentials;
import org.w3id.tigris.store.BulkLoad;

/** {@code tigris ingest --store DIR [--base IRI] PATH...}, or into a running server with {@code --endpoint URL}. */
final class IngestCommand implements Command {
    private final Map<String, String> environment;

    IngestCommand(Map<String, String> environment) {
        this.environment = environment;
    }

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
                Usage: tigris ingest --store DIR [--base IRI] [--threads N] [--no-compact] PATH...
                       tigris ingest --endpoint URL [--auth FILE] PATH...

                Reads .txt, .md, .html/.htm and .jsonl files (directories recursively), extracts
                each document and stores its graph in the TDB2 store DIR (created if need be).
                A document already stored with the same text is left as it is; a changed one is
                replaced. A file that cannot be read is reported in one line and skipped; the
                rest is ingested, and the exit status is 1.

                  --store DIR    the store directory
                  --base IRI     the base of the IRIs minted (default http://localhost:3030);
                                 recorded in a new store, which keeps it
                  --threads N    documents extracted in parallel (default: the number of cores)
                  --commit-every N  a new store is bulk-loaded, committed every N documents
                                 (default 500); a batch killed midway keeps what was
                                 committed, and running it again goes on from there
                  --no-compact   do not compact the store after the batch (by default it
                                 is compacted when its files have grown past 1.2 times
                                 its estimated compacted size; see tigris compact)

                With --endpoint, the files go to a running server (tigris serve with admin
                credentials) at URL (http://HOST:PORT, or its /kg/ingest), which extracts and
                stores them while it serves; readers see each document whole or not at all.
                The admin login comes from --auth FILE (a line user:password) or the variables
                TIGRIS_ADMIN_PASSWORD and TIGRIS_ADMIN_USER, as for tigris serve.

                  --endpoint URL the server
                  --auth FILE    the admin credentials file
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "base", "threads", "endpoint", "auth", "commit-every"), Set.of("no-compact"));
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        if (args.positional().isEmpty()) {
            throw new UsageException("no PATH to ingest");
        }
        List<Path> paths = args.positional().stream().map(Path::of).toList();
        if (args.value("endpoint").isPresent()) {
            return intoServer(args, paths, out, err);
        }
        Path store = Path.of(args.required("store"));
        int commitEvery = args.integer("commit-every", 1, Integer.MAX_VALUE).orElse(BulkLoad.DEFAULT_COMMIT_EVERY);
        IngestReport report = new StoreIngest(store, args.value("base"), args.integer("threads", 1, 256), commitEvery,
                !args.flag("no-compact"))
                .ingest(paths, err);
        out.println(report.summary());
        return report.problems().isEmpty() ? 0 : 1;
    }

    private int intoServer(Args args, List<Path> paths, PrintStream out, PrintStream err) {
        if (args.value("store").isPresent() || args.value("base").isPresent()) {
            throw new UsageException("--endpoint sends to a server: --store and --base are the server's");
        }
        AdminCredentials credentials = AdminCredentials.resolve(args.path("auth"), environment).orElseThrow(() ->
                new UsageException("--endpoint needs the admin login: --auth FILE or TIGRIS_ADMIN_PASSWORD"));
        IngestReport report;
        try {
            report = new IngestClient(args.required("endpoint"), credentials).ingest(paths, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send to " + args.required("endpoint") + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        out.println(report.summary());
        return report.problems().isEmpty() ? 0 : 1;
    }
}
