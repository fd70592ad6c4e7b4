package org.w3id.tigris.web;

import java.util.HashMap;
import java.util.Map;

/** The researcher's start page: what the store holds, search, and where to go next. */
final class HomePage {
    private final PageContext context;

    HomePage(PageContext context) {
        this.context = context;
    }

    String render() {
        Map<String, Long> counts = new HashMap<>();
        for (Row row : context.reader().select(KgQuery.COUNTS, q -> { })) {
            counts.put(row.text("kind").orElse(""), row.integer("n").orElse(0));
        }
        Links links = context.links();
        StringBuilder body = new StringBuilder("<h1>Tigris</h1>")
                .append("<p>News documents turned into a knowledge graph of actors, places, events and claims, ")
                .append("each traced to the exact words of its source.</p>")
                .append("<div class=\"counts\">");
        for (String kind : new String[] {"documents", "entities", "events", "claims"}) {
            body.append("<div><b>").append(counts.getOrDefault(kind, 0L)).append("</b>").append(kind).append("</div>");
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
