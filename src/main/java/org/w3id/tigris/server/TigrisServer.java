package org.w3id.tigris.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;
import org.w3id.tigris.store.StoreAssembly;
import org.w3id.tigris.web.LinkedDataModule;

/**
 * Tigris's SPARQL server: embedded Fuseki over a store, configured from the assembler
 * description in {@code fuseki-config/tigris.ttl}.
 * <ul>
 * <li>{@code /kg/sparql}, {@code /kg/query}: SPARQL query, public, read-only, CORS, with a
 *     timeout and a cap on result rows</li>
 * <li>{@code /kg/get}: graph store protocol, read-only</li>
 * <li>{@code /kg/update}, {@code /kg/data}: SPARQL update and read-write graph store, only
 *     when admin credentials are given, and only for that user (HTTP Basic)</li>
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
    private final Optional<LiveIngest> ingest;
    private final Optional<InboxWatcher> inbox;

    private TigrisServer(FusekiServer fuseki, Dataset dataset, Optional<LiveIngest> ingest, Optional<InboxWatcher> inbox) {
        this.fuseki = fuseki;
        this.dataset = dataset;
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
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The HTTP port (the real one when 0 asked for a free port). */
    public int port() {
        return fuseki.getHttpPort();
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
        private Optional<Path> watch = Optional.empty();

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

        /** Listen on localhost only. */
        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** An inbox: files put in it are ingested, then moved to its done/ or failed/ folder. */
        public Builder watch(Optional<Path> inbox) {
            this.watch = Objects.requireNonNull(inbox);
            return this;
        }

        public TigrisServer build() {
            Objects.requireNonNull(store, "store");
            StoreAssembly assembly = configFile == null ? StoreAssembly.forStore(store)
                    : StoreAssembly.forStore(store, configFile);
            FusekiServer.Builder fb = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .loopback(loopbackOnly)
                    .parseConfig(assembly.configModel())
                    .registerOperation(Operation.Query, new LimitedQueryService(maxRows))
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(true)
                    .enableCors(true, null)
                    .addFilter("/*", new RequestLog())
                    .addFilter("/$/*", new AdminGate(credentials.map(AdminCredentials::user)));
            DatasetGraph served = fb.getDataset(DATASET);
            served.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            addUi(fb);
            Optional<LiveIngest> ingest = LiveIngestModule.create(assembly, served, credentials.isPresent() || watch.isPresent());
            credentials.ifPresent(c -> addAdmin(fb, c));
            credentials.ifPresent(c -> LiveIngestModule.addEndpoint(fb, DATASET, ingest.orElseThrow(), c));
            Dataset dataset = DatasetFactory.wrap(served);
            addLinkedData(fb, dataset, iriScheme(served));
            Optional<InboxWatcher> inbox = watch.map(dir -> LiveIngestModule.inbox(dir, ingest.orElseThrow()));
            return new TigrisServer(fb.build(), dataset, ingest, inbox);
        }

        private static void addUi(FusekiServer.Builder fb) {
            Optional<String> ui = FusekiUi.location();
            if (ui.isEmpty()) {
                LOG.warn("Fuseki UI not found on the class path: serving the endpoints only");
                return;
            }
            fb.staticFileBase(ui.get())
                    .addProcessor(AdminGate.SERVER, new ActionServerStatus())
                    .addServlet("/$/validate/query", new QueryValidator())
                    .addServlet("/$/validate/update", new UpdateValidator())
                    .addServlet("/$/validate/iri", new IRIValidator())
                    .addServlet("/$/validate/langtag", new LangTagValidator())
                    .addServlet("/$/validate/data", new DataValidator());
        }

        /** The update services and a login for them and for the admin area. */
        private static void addAdmin(FusekiServer.Builder fb, AdminCredentials credentials) {
            AuthPolicy adminOnly = Auth.policyAllowSpecific(credentials.user());
            fb.addEndpoint(DATASET, "update", Operation.Update, adminOnly)
                    .addEndpoint(DATASET, "data", Operation.GSP_RW, adminOnly);
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler("tigris",
                    JettySecurityLib.makeUserStore(credentials.user(), credentials.password()), AuthScheme.BASIC);
            JettySecurityLib.addPathConstraint(security, "/$/*");
            for (String open : AdminGate.OPEN_PATH_SPECS) {
                ConstraintMapping mapping = new ConstraintMapping();
                mapping.setPathSpec(open);
                mapping.setConstraint(Constraint.ALLOWED);
                security.addConstraintMapping(mapping);
            }
            fb.securityHandler(security);
        }

        private static IriScheme iriScheme(DatasetGraph served) {
            Node metadata = NodeFactory.createURI(IriScheme.METADATA_GRAPH);
            return Txn.calculateRead(served, () -> {
                var it = served.find(metadata, Node.ANY, TG.iriBase.asNode(), Node.ANY);
                return it.hasNext() ? new IriScheme(it.next().getObject().getLiteralLexicalForm())
                        : IriScheme.defaultScheme();
            });
        }

        /** Dereferenceable IRIs, VoID, service description, dump and the researcher pages. */
        private static void addLinkedData(FusekiServer.Builder fb, Dataset dataset, IriScheme iris) {
            new LinkedDataModule(dataset, iris, DATASET.substring(1)).addTo(fb);
        }
    }
}
