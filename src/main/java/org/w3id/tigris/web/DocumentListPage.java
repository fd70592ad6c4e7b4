package org.w3id.tigris.web;

import java.util.List;
import org.apache.jena.query.Query;

/** Every ingested document, a page at a time. */
final class DocumentListPage {
    static final int PAGE_SIZE = 100;

    private final PageContext context;

    DocumentListPage(PageContext context) {
        this.context = context;
    }

    /** @param page zero-based */
    String render(int page) {
        Query query = GraphReader.prepared(KgQuery.DOCUMENTS, q -> { });
        query.setLimit(PAGE_SIZE + 1);
        query.setOffset((long) page * PAGE_SIZE);
        List<Row> rows = context.reader().select(query);
        StringBuilder body = new StringBuilder("<h1>Documents</h1><table><thead><tr><th>Document</th>"
                + "<th>Source name</th><th>Published</th></tr></thead><tbody>");
        rows.stream().limit(PAGE_SIZE).forEach(row -> {
            String doc = row.iri("doc").orElseThrow();
            String name = row.text("title").or(() -> row.text("sourceName")).orElse(Labels.localName(doc));
            body.append("<tr><td>").append(Html.link(context.links().href(doc), name)).append("</td><td>")
                    .append(Html.escape(row.text("sourceName").orElse(""))).append("</td><td>")
                    .append(Html.escape(row.text("issued").orElse(""))).append("</td></tr>");
        });
        body.append("</tbody></table><p>");
        if (page > 0) {
            body.append(Html.link(context.links().path("/tigris/documents?page=" + (page - 1)), "← previous")).append(' ');
        }
        if (rows.size() > PAGE_SIZE) {
            body.append(Html.link(context.links().path("/tigris/documents?page=" + (page + 1)), "next →"));
        }
        body.append("</p>");
        return Layout.page(context.links(), "Documents", body.toString());
    }
}
