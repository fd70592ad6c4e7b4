package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.server.AdminCredentials;
import org.w3id.tigris.server.TigrisServer;

/** {@code tigris serve [--store DIR] [--port N] ...}; bare, it first ingests {@code seeds/} into {@code ./data}. */
final class ServeCommand implements Command {
    static final Path DEFAULT_STORE = Path.of("data");
    static final Path SEEDS = Path.of("seeds");

    private final Map<String, String> environment;

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve a store over SPARQL with Fuseki (bare: ingest seeds/ into ./data first)";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris serve [--store DIR] [--port N] [--auth FILE] [--timeout SECONDS]
                                    [--max-rows N] [--localhost] [--watch DIR]

                Serves the store at http://localhost:PORT/kg/sparql (also /kg/query; /kg/get for
                graph store reads) with the Fuseki UI at http://localhost:PORT/.

                With no arguments at all: ingests seeds/ into ./data unless ./data holds those
                documents already, then serves ./data on port 3030.

                Updates (/kg/update, /kg/data) and the admin endpoints (/$/metrics ...) exist only
                with admin credentials, from --auth FILE (a line user:password) or the environment
                variable TIGRIS_ADMIN_PASSWORD (user admin, or TIGRIS_ADMIN_USER); there is no
                default password. With them, POST /kg/ingest takes documents (one with
                ?name=FILE, JSONL, a zip or a tar.gz) through the extraction pipeline into the
                store while it is served: tigris ingest --endpoint URL is its client.

                  --store DIR        the store directory (default ./data)
                  --port N           the HTTP port (default 3030; 0 picks a free one)
                  --auth FILE        admin credentials file
                  --timeout SECONDS  query timeout (default 60)
                  --max-rows N       most rows a query returns (default 100000)
                  --localhost        listen on localhost only
                  --watch DIR        an inbox: each file put in DIR is ingested once, then
                                     moved to DIR/done/, or to DIR/failed/ with NAME.reason.txt
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "port", "auth", "timeout", "max-rows", "watch"), Set.of("localhost"));
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positional().get(0));
        }
        Path store = args.path("store").orElse(DEFAULT_STORE);
        if (args.isEmpty()) {
            ingestSeeds(store, out, err);
        }
        StoreDirectory.requireExisting(store);
        Optional<AdminCredentials> credentials = AdminCredentials.resolve(args.path("auth"), environment);
        TigrisServer server = TigrisServer.create()
                .store(store)
                .port(args.integer("port", 0, 65535).orElse(TigrisServer.DEFAULT_PORT))
                .credentials(credentials)
                .queryTimeout(Duration.ofSeconds(args.integer("timeout", 1, 86_400).orElse(60)))
                .maxRows(args.integer("max-rows", 1, Integer.MAX_VALUE).orElse((int) TigrisServer.DEFAULT_MAX_ROWS))
                .loopbackOnly(args.flag("localhost"))
                .watch(args.path("watch"))
                .build()
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "tigris-stop"));
        out.println("Tigris: SPARQL endpoint http://localhost:" + server.port() + "/kg/sparql, UI http://localhost:"
                + server.port() + "/");
        args.path("watch").ifPresent(inbox -> out.println("Inbox: " + inbox + " (ingested files go to done/ or failed/)"));
        out.println(credentials.map(c -> "Updates: /kg/update, /kg/data and /kg/ingest for user " + c.user())
                .orElse("Updates: disabled (no admin credentials; see tigris serve --help)"));
        out.flush();
        server.join();
        return 0;
    }

    private static void ingestSeeds(Path store, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(SEEDS)) {
            err.println("tigris serve: no seeds/ directory here: serving " + store + " as it is");
            return;
        }
        StoreIngest ingest = new StoreIngest(store, Optional.empty(), Optional.empty());
        if (Files.isDirectory(store) && ingest.holdsAll(List.of(SEEDS))) {
            out.println("Tigris: " + store + " holds the seeds already");
            return;
        }
        out.println("Tigris: ingesting " + SEEDS + " into " + store);
        IngestReport report = ingest.ingest(List.of(SEEDS), err);
        out.println(report.summary());
    }
}
