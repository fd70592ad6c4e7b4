package org.w3id.tigris.web;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * A table on a page that is one SPARQL query: the page shows its rows a page at a time,
 * {@code /tigris/table.csv?PARAMS} gives all of them, {@code /tigris/table.rq?PARAMS} the
 * query itself.
 *
 * @param name    what the download is called ({@code activity.csv})
 * @param query   the whole table, without a limit
 * @param columns how each row is shown on the page
 * @param params  the URL parameters that make the same table again ({@code table=activity&...})
 */
record ResultTable(String name, Query query, List<Column> columns, String params, Pager pager) {
    /** One page of the table's rows, for a table that can choose them more cheaply than by cutting the whole. */
    interface Pager {
        List<Row> page(GraphReader reader, long limit, long offset);
    }

    ResultTable(String name, Query query, List<Column> columns, String params) {
        this(name, query, columns, params, (reader, limit, offset) -> reader.select(pageOf(query, limit, offset)));
    }

    /** A copy of the query with a limit and an offset (see {@link ParsedTemplates#copyOf} for how it is copied). */
    static Query pageOf(Query query, long limit, long offset) {
        Query page = ParsedTemplates.copyOf(query);
        page.setLimit(limit);
        page.setOffset(offset);
        return page;
    }

    /** How a column shows a row's values. */
    enum Cell {
        /** The value as text. */
        TEXT,
        /** The local name of an IRI (a class). */
        TYPE,
        /** A link to the IRI in {@code var}, named by the text in {@code textVar}, else its label. */
        LINK,
        /** Space-separated IRIs, each a link named by its label. */
        ENTITIES,
        /** A document, by headline, outlet and date. */
        DOCUMENT
    }

    record Column(String heading, String var, Cell cell, String textVar) {
        static Column text(String heading, String var) {
            return new Column(heading, var, Cell.TEXT, null);
        }

        static Column of(String heading, String var, Cell cell) {
            return new Column(heading, var, cell, null);
        }

        static Column link(String heading, String var, String textVar) {
            return new Column(heading, var, Cell.LINK, textVar);
        }
    }

    ResultTable {
        columns = List.copyOf(columns);
    }
}
