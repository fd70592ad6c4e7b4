package org.w3id.tigris.server;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPARQL query over the dataset with a cap on the size of an answer: at most {@code maxRows}
 * rows (SELECT) or triples (CONSTRUCT, DESCRIBE). The query runs as the client wrote it; the
 * answer is cut as it is read. A cut answer carries the header {@value #MAX_ROWS_HEADER}
 * (the cap, as Virtuoso names it) and leaves one line in the log; a whole answer has no such
 * header. The query timeout is set on the dataset's context.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";
    private static final Logger LOG = LoggerFactory.getLogger(LimitedQueryService.class);

    private final RowCap cap;

    LimitedQueryService(long maxRows) {
        this.cap = new RowCap(maxRows);
    }

    /**
     * A query nested deeper than the stack allows (compiled or evaluated recursively) is the
     * query's fault: 400 and one log line, not a 500 with a thousand-line stack trace.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        Object quick = action.getRequest().getAttribute(QueryGate.QUICK_DEADLINE);
        if (quick instanceof QueryGate.QuickLane lane) {
            quickly(queryString, action, lane);
            return;
        }
        evaluate(queryString, action);
    }

    /**
     * In the quick lane (see {@link QueryLanes}) a query runs under the short deadline, or the
     * client's shorter {@code timeout}; one that outruns it is stopped with a 503 that says why.
     */
    private void quickly(String queryString, HttpAction action, QueryGate.QuickLane lane) {
        long millis = lane.timeout().toMillis();
        String serverTimeout = action.getContext().getAsString(ARQ.queryTimeout);
        if (serverTimeout != null && Long.parseLong(serverTimeout.split(",")[0].trim()) < millis) {
            millis = Long.parseLong(serverTimeout.split(",")[0].trim());
        }
        action.getContext().set(ARQ.queryTimeout, Long.toString(millis));
        try {
            evaluate(queryString, action);
        } catch (QueryCancelledException e) {
            LOG.info("[{}] stopped after {} ms in the quick lane: the server is busy", action.id, millis);
            action.getResponse().setHeader("Retry-After", lane.retryAfter());
            ServletOps.error(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is busy with long queries, so"
                    + " this one could run for " + millis + " ms only and was stopped: try again later");
        }
    }

    private void evaluate(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query is nested too deeply to evaluate");
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return capped(action, exec, query, queryStringLog);
        } catch (ServiceAllowList.Refused e) {
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        }
    }

    private QueryExecResult capped(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        // A query whose own LIMIT is within the cap cannot be cut: stream it as it comes.
        if (query.hasLimit() && query.getLimit() <= cap.max()) {
            return super.executeQuery(action, exec, query, queryStringLog);
        }
        if (query.isSelectType()) {
            RowCap.Capped<RowSet> rows = cap.rows(
                    super.executeQuery(action, exec, query, queryStringLog).rowSet());
            signal(action, rows.cut());
            return new QueryExecResult(rows.answer());
        }
        if (query.isConstructType()) {
            var quads = cap.quads(exec.constructQuads());
            signal(action, quads.cut());
            return new QueryExecResult(quads.answer());
        }
        if (query.isDescribeType()) {
            var triples = cap.triples(exec.describeTriples());
            signal(action, triples.cut());
            return new QueryExecResult(triples.answer());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private void signal(HttpAction action, boolean cut) {
        if (cut) {
            action.getResponse().setHeader(MAX_ROWS_HEADER, Long.toString(cap.max()));
            LOG.info("[{}] answer cut at {} rows (the row cap)", action.id, cap.max());
        }
    }
}
