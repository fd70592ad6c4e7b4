package org.w3id.tigris.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;

/**
 * Takes a page's table away: {@code /tigris/table.csv?PARAMS} streams all its rows as CSV
 * (what the SPARQL endpoint answers for the same query), {@code /tigris/table.rq?PARAMS}
 * gives the query. PARAMS are those in the page's download links.
 */
final class TableExportServlet extends HttpServlet {
    static final String CSV_PATH = "/tigris/table.csv";
    static final String QUERY_PATH = "/tigris/table.rq";
    /** A download may take longer than a page, not for ever. */
    private static final long EXPORT_TIMEOUT_SECONDS = 300;

    private final GraphReader reader;
    private final Tables tables;
    private final TextSearch search;

    TableExportServlet(GraphReader reader, Tables tables, TextSearch search) {
        this.reader = reader;
        this.tables = tables;
        this.search = search;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean csv = path.equals(CSV_PATH);
        Optional<ResultTable> table;
        try {
            table = reader.read(() -> tables.resolve(request.getParameterMap(), search));
        } catch (FacetSelection.BadFacetException e) {
            RdfResponses.plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request: " + e.getMessage());
            return;
        }
        if (table.isEmpty()) {
            RdfResponses.plain(response, HttpServletResponse.SC_NOT_FOUND,
                    "No such table: give table=activity|documents|document-events|document-claims");
            return;
        }
        String file = table.get().name() + (csv ? ".csv" : ".rq");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!csv) {
            response.setContentType("application/sparql-query; charset=utf-8");
            response.getOutputStream().write(table.get().query().serialize().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/csv; charset=utf-8");
        OutputStream out = response.getOutputStream();
        Txn.executeRead(reader.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(reader.dataset()).query(table.get().query())
                    .timeout(reader.deadline().remainingMillis(EXPORT_TIMEOUT_SECONDS * 1000),
                            java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
            }
        });
    }
}
