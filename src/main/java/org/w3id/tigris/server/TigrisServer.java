package org.w3id.tigris.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.store.RecordedBase;
import org.w3id.tigris.store.StoreAssembly;
import org.w3id.tigris.web.Compression;
import org.w3id.tigris.web.LinkedDataModule;

/**
 * Tigris's SPARQL server: embedded Fuseki over a store, configured from the assembler
 * description in {@code fuseki-config/tigris.ttl}.
 * <ul>
 * <li>{@code /kg/sparql}, {@code /kg/query}: SPARQL query, public, read-only, any origin,
 *     with a timeout, a cap on the rows of an answer, a bound on concurrent queries, and no
 *     {@code SERVICE} calls unless allowed</li>
 * <li>{@code /kg/get}: graph store protocol, read-only; {@code ?default} is the union graph</li>
 * <li>{@code /kg/update}, {@code /kg/data}: SPARQL update (and query) and read-write graph
 *     store, only when admin credentials are given, only for that user (HTTP Basic), and
 *     only from listed origins; the default graph, the union, cannot be written</li>
 * <li>{@code /kg/ingest}: documents through the extraction pipeline into the store, on the
 *     same terms (see {@link IngestService}); and an inbox directory with {@code --watch}</li>
 * <li>{@code /$/ping} public; {@code /$/metrics} (Prometheus) and the other admin endpoints
 *     for the admin user only</li>
 * <li>{@code /}: the Fuseki UI</li>
 * </ul>
 */
public final class TigrisServer {
    private static final Logger LOG = LoggerFactory.getLogger(TigrisServer.class);
    public static final String DATASET = "/kg";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_ROWS = 100_000;

    private final FusekiServer fuseki;
    private final Dataset dataset;
    private final IriScheme iris;
    private final Optional<LiveIngest> ingest;
    private final Optional<InboxWatcher> inbox;

    private TigrisServer(FusekiServer fuseki, Dataset dataset, IriScheme iris, Optional<LiveIngest> ingest,
            Optional<InboxWatcher> inbox) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.iris = iris;
        this.ingest = ingest;
        this.inbox = inbox;
    }

    public static Builder create() {
        return new Builder();
    }

    public TigrisServer start() {
        fuseki.start();
        LOG.info("Tigris SPARQL endpoint: http://localhost:{}{}/sparql", port(), DATASET);
        // an inbox may hold files already; a POST pays for loading the models itself
        inbox.ifPresent(i -> ingest.ifPresent(LiveIngestModule::warmInBackground));
        inbox.ifPresent(InboxWatcher::start);
        return this;
    }

    public void stop() {
        inbox.ifPresent(InboxWatcher::close);
        fuseki.stop();
        ingest.ifPresent(LiveIngest::close);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The HTTP port (the real one when 0 asked for a free port). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base the store's IRIs were minted with (where they dereference). */
    public String iriBase() {
        return iris.base();
    }

    /** The served dataset (union default graph, text and spatial search). */
    public Dataset dataset() {
        return dataset;
    }

    public static final class Builder {
        private Path store;
        private Path configFile;
        private int port = DEFAULT_PORT;
        private Optional<AdminCredentials> credentials = Optional.empty();
        private Duration queryTimeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private boolean loopbackOnly = false;
        private ServiceAllowList serviceAllowList = ServiceAllowList.none();
        private Set<String> corsOrigins = Set.of();
        private QueryGate.Limits queryLimits = QueryGate.Limits.forThisMachine();
        private Optional<String> publicUrl = Optional.empty();
        private Optional<Path> watch = Optional.empty();
        private boolean compactAfterIngest;

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        /** Another assembler description than the one in the jar. */
        public Builder config(Path configFile) {
            this.configFile = configFile;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder credentials(Optional<AdminCredentials> credentials) {
            this.credentials = Objects.requireNonNull(credentials);
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            this.queryTimeout = timeout;
            return this;
        }

        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The address prefixes a query's {@code SERVICE} may call from the server; none by
         * default (see {@link ServiceAllowList}).
         */
        public Builder serviceAllowList(List<String> prefixes) {
            this.serviceAllowList = new ServiceAllowList(prefixes);
            return this;
        }

        /**
         * Origins ({@code https://host[:port]}) whose pages may use the services behind the
         * admin login with the browser's credentials; none by default (see {@link CorsPolicy}).
         */
        public Builder corsOrigins(Collection<String> origins) {
            this.corsOrigins = Set.copyOf(origins);
            return this;
        }

        /**
         * How many queries run at once, one of them in the quick lane (twice as many may wait,
         * up to ten seconds; the rest are answered 503 with Retry-After). Default: two per core.
         */
        public Builder maxConcurrentQueries(int n) {
            this.queryLimits = queryLimits.withRunning(n);
            return this;
        }

        /**
         * How long a query may run in the quick lane, the slot kept for newcomers when the
         * others are all taken (see {@link QueryLanes}). Default: one second.
         */
        public Builder quickLaneTimeout(Duration timeout) {
            this.queryLimits = queryLimits.withQuickTimeout(timeout);
            return this;
        }

        /** Listen on localhost only. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /**
         * The address clients reach the server at (a proxy's), advertised in VoID, the service
         * description and redirects; empty: the scheme, host and port of each request.
         */
        public Builder publicUrl(Optional<String> publicUrl) {
            this.publicUrl = Objects.requireNonNull(publicUrl);
            return this;
        }

        /** An inbox: files put in it are ingested, then moved to its done/ or failed/ folder. */
        public Builder watch(Optional<Path> inbox) {
            this.watch = Objects.requireNonNull(inbox);
            return this;
        }

        /**
         * Whether live ingests start a background compaction when the policy says it pays.
         * Off by default: queries wait while a compaction switches the store's files.
         */
        public Builder compactAfterIngest(boolean compact) {
            this.compactAfterIngest = compact;
            return this;
        }

        public TigrisServer build() {
            Objects.requireNonNull(store, "store");
            StoreAssembly assembly = configFile == null ? StoreAssembly.forStore(store)
                    : StoreAssembly.forStore(store, configFile);
            QueryGate gate = new QueryGate(queryLimits);
            FusekiServer.Builder fb = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .loopback(loopbackOnly)
                    .parseConfig(assembly.configModel())
                    .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQueryService(maxRows))
                    .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new UpdateService())
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(true)
                    .enableCors(false, null)
                    .addFilter("/*", new RequestLog())
                    .addFilter("/*", new CorsPolicy(corsOrigins, List.of(DATASET + "/update", DATASET + "/data", DATASET + "/ingest", DATASET + "/compact", "/$/"),
                            List.of(AdminGate.PING, AdminGate.SERVER, AdminGate.VALIDATORS)))
                    .addFilter("/$/*", new AdminGate(credentials.map(AdminCredentials::user)))
                    .addFilter(DATASET + "/get", new DefaultGraphFilter(false))
                    .addFilter(DATASET + "/sparql", gate)
                    .addFilter(DATASET + "/query", gate)
                    .addFilter(DATASET + "/get", gate)
                    .addFilter(DATASET + "/data", new DefaultGraphFilter(true));
            DatasetGraph served = fb.getDataset(DATASET);
            served.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            serviceAllowList.installIn(served.getContext());
            FusekiUi.addTo(fb, credentials.isEmpty());
            Optional<LiveIngest> ingest = LiveIngestModule.create(assembly, served, credentials.isPresent() || watch.isPresent(),
                    compactAfterIngest);
            credentials.ifPresent(c -> AdminEndpoints.addTo(fb, DATASET, c));
            credentials.ifPresent(c -> LiveIngestModule.addEndpoint(fb, DATASET, ingest.orElseThrow(), c));
            Dataset dataset = DatasetFactory.wrap(served);
            IriScheme iris = RecordedBase.schemeOf(served);
            new LinkedDataModule(dataset, iris, DATASET.substring(1)).publicUrl(publicUrl).addTo(fb);
            Optional<InboxWatcher> inbox = watch.map(dir -> LiveIngestModule.inbox(dir, ingest.orElseThrow()));
            return new TigrisServer(Compression.install(fb.build()), dataset, iris, ingest, inbox);
        }
    }
}
