package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** A page of a table is the table's query, conditions and all, with a limit and an offset. */
class ResultTableTest {
    @Test
    void aPageKeepsEveryHavingCondition() {
        Query table = QueryFactory.create(
                "SELECT ?s WHERE { ?s a ?t } GROUP BY ?s HAVING (COUNT(*) > 0) (COUNT(*) < 2) ORDER BY ?s");
        Query page = ResultTable.pageOf(table, 10, 20);
        assertEquals(table.getHavingExprs(), page.getHavingExprs());
        assertEquals(table.getOrderBy(), page.getOrderBy());
        assertEquals(10, page.getLimit());
        assertEquals(20, page.getOffset());
        assertEquals(Query.NOLIMIT, table.getLimit(), "the table's own query is left alone");
    }
}
