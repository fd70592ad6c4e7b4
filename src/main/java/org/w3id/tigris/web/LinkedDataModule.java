package org.w3id.tigris.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Tigris as linked data and as a researcher's workbench, added to an embedded Fuseki server:
 * <ul>
 * <li>{@code /id/*}: every Tigris IRI dereferences: {@code 303 See Other} to its description,
 *     {@code /data/*.EXT} (Turtle, JSON-LD, N-Triples, RDF/XML, N-Quads, TriG) or the page
 *     {@code /page/*}, which carry ETag and Last-Modified from the store's last write</li>
 * <li>{@code /.well-known/void}: the VoID description</li>
 * <li>{@code GET /kg/sparql} without a query: the SPARQL service description</li>
 * <li>{@code /dump.nq.gz}, {@code /dump.trig}: every graph</li>
 * <li>{@code /tigris}, {@code /tigris/documents}, {@code /search}: researcher pages</li>
 * </ul>
 * Pages, descriptions and dumps are bounded in number and time ({@link PageLimits}).
 * All read-only, all open to any origin (CORS), as are the dataset's query endpoints
 * ({@code /kg/sparql}, {@code /kg/query}) and its graph store read endpoint ({@code /kg/get}). IRIs are looked up under the base of
 * {@code iris}, which should be the base recorded in the store at ingest.
 *
 * <pre>
 * FusekiServer.Builder builder = FusekiServer.create().port(3030).add("/kg", dataset);
 * new LinkedDataModule(dataset, iris).addTo(builder);
 * FusekiServer server = builder.build().start();
 * </pre>
 */
public final class LinkedDataModule {
    /** The Fuseki dataset name the SPARQL endpoint lives under: {@code /kg/sparql}. */
    public static final String DEFAULT_DATASET_NAME = "kg";

    private static final String RESOURCES = "/id/*";
    private static final String DESCRIPTIONS = "/data/*";
    private static final String PAGES = "/page/*";
    private static final String WORKBENCH = "/tigris/*";
    private static final String SEARCH = "/search";
    /** How old the triple counts in VoID and the service description may be. */
    private static final Duration STATISTICS_MAX_AGE = Duration.ofSeconds(30);

    private final Dataset dataset;
    private final IriScheme iris;
    private final String datasetName;
    private final ServerAddress address;
    private final PageLimits limits;

    /** Serves {@code dataset} whose SPARQL endpoint is {@code /kg/sparql}. */
    public LinkedDataModule(Dataset dataset, IriScheme iris) {
        this(dataset, iris, DEFAULT_DATASET_NAME);
    }

    /**
     * @param datasetName the name the dataset is served under in Fuseki, without slashes
     *                    ({@code "kg"} for {@code /kg/sparql})
     */
    public LinkedDataModule(Dataset dataset, IriScheme iris, String datasetName) {
        this(dataset, iris, datasetName, ServerAddress.fromRequests(), PageLimits.forThisMachine());
    }

    private LinkedDataModule(Dataset dataset, IriScheme iris, String datasetName, ServerAddress address,
                             PageLimits limits) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.datasetName = Objects.requireNonNull(datasetName, "datasetName").replaceAll("^/+|/+$", "");
        this.address = Objects.requireNonNull(address, "address");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The same module advertising {@code publicUrl} (e.g. a proxy's {@code https://kg.example.org})
     * as the server's address; empty: the scheme, host and port each request came to.
     */
    public LinkedDataModule publicUrl(Optional<String> publicUrl) {
        return new LinkedDataModule(dataset, iris, datasetName, new ServerAddress(publicUrl), limits);
    }

    /** The same module with other bounds on its pages, descriptions and dumps. */
    public LinkedDataModule limits(PageLimits limits) {
        return new LinkedDataModule(dataset, iris, datasetName, address, limits);
    }

    /** Registers the servlets and filters; call before {@code builder.build()}. */
    public FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        RequestDeadline deadline = new RequestDeadline(Clock.systemUTC());
        GraphReader reader = new GraphReader(dataset, deadline);
        Endpoints endpoints = new Endpoints(iris, datasetName);
        BackgroundCount<DatasetStatistics> statistics =
                BackgroundCount.of("statistics", reader, DatasetStatistics::count, STATISTICS_MAX_AGE);
        ConditionalGet validators = new ConditionalGet(StoreVersion.watch(dataset, Clock.systemUTC()));
        // CORS first, so that it also covers what the filters after it answer.
        List.of(RESOURCES, DESCRIPTIONS, PAGES, Endpoints.VOID_PATH, Endpoints.DUMP_NQUADS_PATH, Endpoints.DUMP_TRIG_PATH,
                        WORKBENCH, SEARCH, endpoints.graphStorePath())
                .forEach(path -> builder.addFilter(path, new CorsFilter(CorsFilter.READ_METHODS)));
        List.of(endpoints.sparqlPath(), endpoints.queryPath())
                .forEach(path -> builder.addFilter(path, new CorsFilter(CorsFilter.QUERY_METHODS)));
        PageGate gate = new PageGate(limits, Set.of(Endpoints.DUMP_NQUADS_PATH, Endpoints.DUMP_TRIG_PATH,
                TableExportServlet.CSV_PATH), deadline);
        List.of(DESCRIPTIONS, PAGES, Endpoints.DUMP_NQUADS_PATH, Endpoints.DUMP_TRIG_PATH, WORKBENCH, SEARCH)
                .forEach(path -> builder.addFilter(path, gate));
        builder.addFilter(endpoints.sparqlPath(),
                new ServiceDescriptionFilter(new ServiceDescription(statistics, endpoints), address));

        builder.addServlet(RESOURCES, new ResourceServlet(reader, iris, address));
        builder.addServlet(DESCRIPTIONS, new DescriptionServlet(reader, iris, address, validators));
        builder.addServlet(PAGES, new PageServlet(reader, iris, datasetName, validators));
        builder.addServlet(Endpoints.VOID_PATH, new VoidServlet(new VoidDescription(statistics, endpoints), address));
        builder.addServlet(Endpoints.DUMP_NQUADS_PATH, new DumpServlet(dataset, DumpServlet.Form.NQUADS_GZIP, validators, deadline));
        builder.addServlet(Endpoints.DUMP_TRIG_PATH, new DumpServlet(dataset, DumpServlet.Form.TRIG, validators, deadline));
        WorkbenchServlet workbench = new WorkbenchServlet(reader, iris, datasetName, validators,
                BackgroundCount.of("totals", reader, HomePage::count, STATISTICS_MAX_AGE));
        builder.addServlet(WORKBENCH, workbench);
        builder.addServlet(SEARCH, workbench);
        TableExportServlet export = new TableExportServlet(reader, new Tables(iris, reader.templates()), new TextSearch(reader));
        builder.addServlet(TableExportServlet.CSV_PATH, export);
        builder.addServlet(TableExportServlet.QUERY_PATH, export);
        return builder;
    }
}
