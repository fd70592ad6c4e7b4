package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.server.AdminCredentials;
import org.w3id.tigris.server.TigrisServer;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris serve [--store DIR] [--port N] ...}; without a store, it first ingests {@code seeds/} into {@code ./data}. */
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
        return "serve a store over SPARQL with Fuseki (without --store: ingest seeds/ into ./data first)";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris serve [--store DIR] [--port N] [--auth FILE] [--timeout SECONDS]
                                    [--max-rows N] [--localhost] [--service-allow PREFIX,...]
                                    [--cors-origin ORIGIN,...] [--max-queries N] [--public-url URL]
                                    [--watch DIR] [--auto-compact]

                Serves the store at http://localhost:PORT/kg/sparql (also /kg/query; /kg/get for
                graph store reads) with the Fuseki UI at http://localhost:PORT/.

                Without --store: ingests seeds/ into ./data unless ./data holds those documents
                already, then serves ./data (on port 3030 unless --port says otherwise).

                Updates (/kg/update, /kg/data) and the admin endpoints (/$/metrics ...) exist only
                with admin credentials, from --auth FILE (a line user:password) or the environment
                variable TIGRIS_ADMIN_PASSWORD (user admin, or TIGRIS_ADMIN_USER); there is no
                default password. With them, POST /kg/ingest takes documents (one with
                ?name=FILE, JSONL, a zip or a tar.gz) through the extraction pipeline into the
                store while it is served: tigris ingest --endpoint URL is its client. The store
                is compacted in the background after live ingests when that pays, and on
                POST /kg/compact (?wait=SECONDS to wait for the sizes before and after).

                  --store DIR        the store directory (default ./data)
                  --port N           the HTTP port (default 3030; 0 picks a free one)
                  --auth FILE        admin credentials file
                  --timeout SECONDS  query timeout (default 60)
                  --max-rows N       most rows a query returns (default 100000)
                  --max-queries N    queries evaluated at once (default two per core); twice
                                     as many wait up to 10 s, the rest get 503 + Retry-After.
                                     One of the N is kept for newcomers when the others are
                                     taken, and runs a query for 1 s at most
                  --localhost        listen on localhost only
                  --service-allow PREFIX,...
                                     addresses a query's SERVICE may make the server call
                                     (default none: SERVICE is off, so anonymous queries
                                     cannot make the server fetch URLs; clients federate
                                     on their side)
                  --cors-origin ORIGIN,...
                                     origins (https://host[:port]) whose pages may use
                                     /kg/update, /kg/data and the admin area with the
                                     browser's login; default none (public read-only
                                     services answer any origin, without credentials)
                  --public-url URL   where clients reach the server (e.g. behind a proxy):
                                     the address VoID, the service description and
                                     redirects advertise (default: the address each
                                     request came to). The data's IRIs keep the base
                                     they were minted with at ingest (tigris ingest --base).
                  --watch DIR        an inbox: each file put in DIR is ingested once, then
                                     moved to DIR/done/, or to DIR/failed/ with NAME.reason.txt
                  --auto-compact     compact the store in the background after live ingests
                                     when that pays; queries wait while it runs (minutes on
                                     a large store), so it is off unless asked for
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        Args args = Args.parse(argv, Set.of("store", "port", "auth", "timeout", "max-rows", "service-allow",
                "cors-origin", "max-queries", "public-url", "watch"), Set.of("localhost", "auto-compact"));
        if (args.help()) {
            out.print(usage());
            return 0;
        }
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positional().get(0));
        }
        Path store = args.path("store").orElse(DEFAULT_STORE);
        if (ingestsSeeds(args)) {
            ingestSeeds(store, out, err);
        }
        StoreDirectory.requireExisting(store);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            if (ks.catalogueIfMissing()) {
                out.println("Tigris: made the entity catalogue of " + store + " (a store from before it)");
            }
            if (ks.rebuildStaleIndexes()) {
                out.println("Tigris: rebuilt the text index of " + store + " (its analysis had changed)");
            }
        }
        Optional<AdminCredentials> credentials = AdminCredentials.resolve(args.path("auth"), environment);
        Optional<String> publicUrl = args.value("public-url");
        publicUrl.filter(url -> !url.matches("(?i)https?://[^/\\s]+(/\\S*)?")).ifPresent(url -> {
            throw new UsageException("--public-url must be an http or https URL, not " + url);
        });
        TigrisServer.Builder builder = TigrisServer.create()
                .store(store)
                .port(args.integer("port", 0, 65535).orElse(TigrisServer.DEFAULT_PORT))
                .credentials(credentials)
                .queryTimeout(Duration.ofSeconds(args.integer("timeout", 1, 86_400).orElse(60)))
                .maxRows(args.integer("max-rows", 1, Integer.MAX_VALUE).orElse((int) TigrisServer.DEFAULT_MAX_ROWS))
                .loopbackOnly(args.flag("localhost"))
                .serviceAllowList(args.value("service-allow").map(ServeCommand::list).orElse(List.of()))
                .corsOrigins(args.value("cors-origin").map(ServeCommand::origins).orElse(List.of()))
                .publicUrl(publicUrl)
                .watch(args.path("watch"))
                .compactAfterIngest(args.flag("auto-compact"));
        args.integer("max-queries", 1, 1024).ifPresent(builder::maxConcurrentQueries);
        TigrisServer server = builder.build().start();
        baseWarning(server.iriBase(), publicUrl.orElse("http://localhost:" + server.port()))
                .ifPresent(err::println);
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

    private static List<String> list(String commaSeparated) {
        List<String> prefixes = Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        prefixes.stream().filter(p -> !p.startsWith("http://") && !p.startsWith("https://")).findFirst()
                .ifPresent(p -> {
                    throw new UsageException("--service-allow takes http(s) address prefixes, not " + p);
                });
        return prefixes;
    }

    private static List<String> origins(String commaSeparated) {
        List<String> origins = Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        for (String o : origins) {
            if (!o.matches("https?://[^/?#@]+")) {
                throw new UsageException("--cors-origin takes origins like https://host[:port], not " + o);
            }
        }
        return origins;
    }

    /** The default store is the seeds' store, whatever else the command line says. */
    static boolean ingestsSeeds(Args args) {
        return args.path("store").isEmpty();
    }

    /** A warning when the store's IRIs were minted for another address than the one served. */
    static Optional<String> baseWarning(String iriBase, String servedAt) {
        String served = servedAt.replaceAll("/+$", "");
        if (served.equals(iriBase.replaceAll("/+$", ""))) {
            return Optional.empty();
        }
        return Optional.of("tigris serve: warning: the store's IRIs were minted under " + iriBase
                + " but it is served at " + served + ": they do not dereference here. VoID, the service"
                + " description and redirects name " + served + "; to make the IRIs work, ingest with --base "
                + served + " or serve where they were minted.");
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
