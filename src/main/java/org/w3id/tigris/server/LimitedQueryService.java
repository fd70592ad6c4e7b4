package org.w3id.tigris.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SPARQL query over the dataset with a cap on the size of a result: a query asking for
 * more rows than {@code maxRows} (or for all of them) gets at most {@code maxRows}.
 * The query timeout is set on the dataset's context.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    private final long maxRows;

    LimitedQueryService(long maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive");
        }
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        // ASK has one answer; the others are capped
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            Query capped = q.cloneQuery();
            capped.setLimit(maxRows);
            return Pair.create(decided.getLeft(), capped);
        }
        return decided;
    }
}
