package org.w3id.tigris.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The researcher's start page: what the store holds, search, and where to go next. */
final class HomePage {
    private static final String[] KINDS = {"documents", "entities", "events", "claims"};

    private final PageContext context;
    private final Optional<Map<String, Long>> counts;

    /** @param counts the store's totals, empty while a large store's first count runs */
    HomePage(PageContext context, Optional<Map<String, Long>> counts) {
        this.context = context;
        this.counts = counts;
    }

    /** The totals of documents, entities, events and claims: a scan of the whole store, so counted in the background. */
    static Map<String, Long> count(GraphReader reader) {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : reader.select(KgQuery.COUNTS, q -> { })) {
            counts.put(row.text("kind").orElse(""), row.integer("n").orElse(0));
        }
        return Map.copyOf(counts);
    }

    String render() {
        Links links = context.links();
        StringBuilder body = new StringBuilder("<h1>Tigris</h1>")
                .append("<p>News documents turned into a knowledge graph of actors, places, events and claims, ")
                .append("each traced to the exact words of its source.</p>")
                .append("<div class=\"counts\">");
        for (String kind : KINDS) {
            String n = counts.map(c -> String.valueOf(c.getOrDefault(kind, 0L))).orElse("…");
            body.append("<div><b>").append(n).append("</b>").append(kind).append("</div>");
        }
        if (counts.isEmpty()) {
            body.append("<p class=\"muted\">The store is being counted; the totals appear when that is done.</p>");
        }
        body.append("</div><h2 id=\"map\">Where events happened</h2>")
                .append(new ActivitySection(context, context.tables()).map(ActivityScope.all(), FacetSelection.NONE))
                .append("<h2>Search</h2>")
                .append("<form class=\"big\" action=\"").append(Html.escape(links.path("/search")))
                .append("\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"a name, a place, words of a claim\">")
                .append(" <button type=\"submit\">Search</button></form>")
                .append("<h2>Explore</h2><ul>")
                .append("<li>").append(Html.link(links.path("/tigris/documents"), "All documents")).append("</li>")
                .append("<li>").append(Html.link(links.path("/"), "SPARQL query editor"))
                .append(" <span class=\"muted\">(endpoint <code>").append(Html.escape(links.path("/" + context.datasetName() + "/sparql")))
                .append("</code>)</span></li>")
                .append("<li>").append(Html.link(links.path("/.well-known/void"), "VoID description")).append("</li>")
                .append("<li>").append(Html.link(links.path("/dump.nq.gz"), "Dump of all graphs (N-Quads, gzip)"))
                .append(" · ").append(Html.link(links.path("/dump.trig"), "TriG")).append("</li>")
                .append("</ul>");
        return Layout.page(links, "Home", body.toString());
    }
}
