package org.w3id.tigris.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Shows a {@link ResultTable} a page of rows at a time, with links to take it away: all its
 * rows as CSV, its SPARQL query as a file, and the query opened in the Fuseki query editor.
 */
final class TableView {
    static final int PAGE_SIZE = 100;
    /** Text cells longer than this are cut on the page (never in the CSV). */
    private static final int MAX_TEXT = 180;

    private final PageContext context;

    TableView(PageContext context) {
        this.context = context;
    }

    /**
     * @param page     zero-based
     * @param pageLink the link to another page of this table, given the page number
     */
    String render(ResultTable table, int page, java.util.function.IntFunction<String> pageLink, String empty) {
        List<Row> rows = table.pager().page(context.reader(), PAGE_SIZE + 1, (long) page * PAGE_SIZE);
        if (rows.isEmpty() && page == 0) {
            return "<p class=\"muted\">" + Html.escape(empty) + "</p>" + exports(table, "p");
        }
        List<Row> shown = rows.subList(0, Math.min(rows.size(), PAGE_SIZE));
        preload(table, shown);
        StringBuilder out = new StringBuilder("<table class=\"result\" data-table=\"").append(Html.escape(table.name()))
                .append("\">").append(exports(table, "caption")).append("<thead><tr>");
        table.columns().forEach(c -> out.append("<th>").append(Html.escape(c.heading())).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (Row row : shown) {
            out.append("<tr>");
            table.columns().forEach(c -> out.append("<td>").append(cell(c, row)).append("</td>"));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        if (page > 0 || rows.size() > PAGE_SIZE) {
            out.append("<p class=\"pager\">");
            if (page > 0) {
                out.append(Html.link(pageLink.apply(page - 1), "← previous")).append(' ');
            }
            out.append("<span class=\"muted\">rows ").append(page * PAGE_SIZE + 1).append('–')
                    .append(page * PAGE_SIZE + shown.size()).append("</span> ");
            if (rows.size() > PAGE_SIZE) {
                out.append(Html.link(pageLink.apply(page + 1), "next →"));
            }
            out.append("</p>");
        }
        return out.toString();
    }

    /** The links that take a table away. */
    String exports(ResultTable table, String element) {
        Links links = context.links();
        String editor = links.path("/") + "#/dataset/" + context.datasetName() + "/query?query="
                + URLEncoder.encode(table.query().serialize(), StandardCharsets.UTF_8).replace("+", "%20");
        return "<" + element + " class=\"export\">Take it away: "
                + "<a class=\"csv\" download=\"" + Html.escape(table.name()) + ".csv\" href=\""
                + Html.escape(links.path("/tigris/table.csv?" + table.params())) + "\">CSV (all rows)</a> · "
                + "<a class=\"rq\" download=\"" + Html.escape(table.name()) + ".rq\" href=\""
                + Html.escape(links.path("/tigris/table.rq?" + table.params())) + "\">SPARQL query</a> · "
                + "<a class=\"editor\" href=\"" + Html.escape(editor) + "\">open in the query editor</a></"
                + element + ">";
    }

    /** Names of every entity and document the rows link to, in two queries. */
    private void preload(ResultTable table, List<Row> rows) {
        List<String> entities = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (ResultTable.Column column : table.columns()) {
            for (Row row : rows) {
                switch (column.cell()) {
                    case ENTITIES -> row.text(column.var()).ifPresent(v -> entities.addAll(split(v)));
                    case DOCUMENT -> row.iri(column.var()).ifPresent(documents::add);
                    default -> { }
                }
            }
        }
        context.labels().preload(entities);
        context.documents().load(documents);
    }

    private String cell(ResultTable.Column column, Row row) {
        return switch (column.cell()) {
            case TEXT -> Html.escape(row.text(column.var()).map(t -> Labels.shorten(t, MAX_TEXT)).orElse(""));
            case TYPE -> Html.escape(row.iri(column.var()).map(Labels::localName).orElse(""));
            case LINK -> row.iri(column.var()).map(iri -> Html.link(context.links().href(iri),
                    Optional.ofNullable(column.textVar()).flatMap(row::text).map(t -> Labels.shorten(t, MAX_TEXT))
                            .orElseGet(() -> context.labels().of(iri)))).orElse("");
            case ENTITIES -> row.text(column.var()).map(v -> String.join(", ",
                    split(v).stream().map(context::link).toList())).orElse("");
            case DOCUMENT -> row.iri(column.var()).map(context::link).orElse("");
        };
    }

    private static List<String> split(String iris) {
        return Arrays.stream(iris.split(" ")).filter(s -> !s.isBlank()).toList();
    }
}
