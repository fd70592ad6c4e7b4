package org.w3id.tigris.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Runs the {@link KgQuery} queries over the dataset inside read transactions. Calls made
 * inside {@link #read} share its transaction, so a page sees one consistent state of the store.
 * Each query runs under what is left of the request's {@link RequestDeadline}.
 */
final class GraphReader {
    /** Pages are built from many small queries; none of them should run for long. */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** The pages' query texts: a few dozen, and their tables' texts per filter and page. */
    private static final int TEMPLATES_KEPT = 512;

    private final Dataset dataset;
    private final RequestDeadline deadline;
    private final Duration queryTimeout;
    private final ItemDates dates;
    /** Pages' samples of their scopes, a few dozen at most. */
    private final SampleCache samples = new SampleCache(32);
    private final ParsedTemplates templates;

    /** Outside any request: each query under the per-query timeout only. */
    GraphReader(Dataset dataset) {
        this(dataset, new RequestDeadline(Clock.systemUTC()));
    }

    GraphReader(Dataset dataset, RequestDeadline deadline) {
        this(dataset, deadline, QUERY_TIMEOUT, new ParsedTemplates(TEMPLATES_KEPT));
    }

    private GraphReader(Dataset dataset, RequestDeadline deadline, Duration queryTimeout, ParsedTemplates templates) {
        this.dataset = dataset;
        this.templates = templates;
        this.deadline = deadline;
        this.queryTimeout = queryTimeout;
        this.dates = new ItemDates(this);
    }

    /** The dates of the store's events and claims, kept while the store is unchanged. */
    ItemDates dates() {
        return dates;
    }

    /** The samples of scopes pages read last, kept while the store is unchanged. */
    SampleCache samples() {
        return samples;
    }

    /** A reader for work outside requests that scans the store (counting it), each query under {@code timeout}. */
    GraphReader withQueryTimeout(Duration timeout) {
        return new GraphReader(dataset, deadline, timeout, templates);
    }

    RequestDeadline deadline() {
        return deadline;
    }

    Dataset dataset() {
        return dataset;
    }

    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    List<Row> select(KgQuery query, Consumer<ParameterizedSparqlString> bindings) {
        return select(prepared(query, bindings));
    }

    List<Row> select(Query query) {
        return read(() -> {
            try (QueryExecution execution = execution(query)) {
                ResultSet results = execution.execSelect();
                List<Row> rows = new ArrayList<>();
                while (results.hasNext()) {
                    rows.add(copy(results.next()));
                }
                return rows;
            }
        });
    }

    boolean ask(KgQuery query, Consumer<ParameterizedSparqlString> bindings) {
        Query prepared = prepared(query, bindings);
        return read(() -> {
            try (QueryExecution execution = execution(prepared)) {
                return execution.execAsk();
            }
        });
    }

    Model construct(KgQuery query, Consumer<ParameterizedSparqlString> bindings) {
        Query prepared = prepared(query, bindings);
        return read(() -> {
            try (QueryExecution execution = execution(prepared)) {
                return execution.execConstruct();
            }
        });
    }

    /** A CONSTRUCT of quads ({@code GRAPH ?g { ... }} in the template). */
    DatasetGraph constructQuads(KgQuery query, Consumer<ParameterizedSparqlString> bindings) {
        Query prepared = prepared(query, bindings);
        return read(() -> {
            try (QueryExecution execution = execution(prepared)) {
                return execution.execConstructDataset().asDatasetGraph();
            }
        });
    }

    Query prepared(KgQuery query, Consumer<ParameterizedSparqlString> bindings) {
        return query.bound(templates, bindings);
    }

    /** The parsed texts of this server's queries. */
    ParsedTemplates templates() {
        return templates;
    }

    private QueryExecution execution(Query query) {
        return QueryExecution.dataset(dataset).query(query)
                .timeout(deadline.remainingMillis(queryTimeout.toMillis()), TimeUnit.MILLISECONDS)
                .build();
    }

    private static Row copy(QuerySolution solution) {
        Map<String, RDFNode> values = new HashMap<>();
        for (Iterator<String> names = solution.varNames(); names.hasNext(); ) {
            String name = names.next();
            values.put(name, solution.get(name));
        }
        return new Row(Map.copyOf(values));
    }
}
