package org.w3id.tigris.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The search page: a box, and the matching entities, documents, events and claims. */
final class SearchPage {
    private record Section(ResourceKind kind, String heading) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section(ResourceKind.ENTITY, "Entities"),
            new Section(ResourceKind.DOCUMENT, "Documents"),
            new Section(ResourceKind.EVENT, "Events"),
            new Section(ResourceKind.CLAIM, "Claims"),
            new Section(ResourceKind.RUN, "Extraction runs"),
            new Section(ResourceKind.OTHER, "Other"));

    private final PageContext context;
    private final TextSearch search;

    SearchPage(PageContext context, TextSearch search) {
        this.context = context;
        this.search = search;
    }

    String render(String query) {
        String q = query == null ? "" : query.strip();
        StringBuilder body = new StringBuilder("<h1>Search</h1>")
                .append("<form class=\"big\" action=\"").append(Html.escape(context.links().path("/search")))
                .append("\" method=\"get\"><input type=\"search\" name=\"q\" value=\"").append(Html.escape(q))
                .append("\" placeholder=\"a name, a place, words of a claim\" autofocus> <button type=\"submit\">Search</button></form>")
                .append("<p class=\"muted\">Every word must occur (<i>airstrike</i> also finds <i>airstrikes</i>); \"a phrase\", <code>OR</code>, <code>NOT</code> or <code>-word</code>, and parentheses work too.</p>");
        if (q.isEmpty()) {
            return Layout.page(context.links(), "Search", body.toString());
        }
        TextSearch.Result result = search.find(q);
        body.append("<p class=\"muted\" id=\"result-count\">").append(result.resources().size())
                .append(result.resources().size() == 1 ? " result" : " results").append(" for “")
                .append(Html.escape(q)).append("” (")
                .append(result.mode() == TextSearch.Mode.TEXT_INDEX ? "full-text index" : "text scan")
                .append(")</p>");
        if (!result.resources().isEmpty()) {
            String scope = "q=" + FacetSelection.encode(q);
            body.append(new ActivitySection(context, context.tables()).render(ActivityScope.search(result.resources()),
                    context.facets(), ActivitySection.page(context.parameters()), context.links().path("/search"),
                    scope, scope));
        }
        // names in three queries, not one per hit: entities' from the catalogue, events' and claims', documents'
        context.labels().preload(result.resources().stream().filter(iri -> iri.contains("/id/entity/")).toList());
        context.labels().preloadItems(result.resources());
        context.documents().load(result.resources().stream().filter(context::isDocument).toList());
        Map<ResourceKind, StringBuilder> sections = new EnumMap<>(ResourceKind.class);
        for (String iri : result.resources()) {
            ResourceKind kind = context.links().isLocal(iri)
                    ? ResourceKind.ofPath(context.links().localPath(iri)) : ResourceKind.OTHER;
            sections.computeIfAbsent(kind, k -> new StringBuilder())
                    .append("<li>").append(context.link(iri)).append("</li>");
        }
        for (Section section : SECTIONS) {
            StringBuilder items = sections.get(section.kind());
            if (items != null) {
                body.append("<h2>").append(section.heading()).append("</h2><ul class=\"results\">")
                        .append(items).append("</ul>");
            }
        }
        return Layout.page(context.links(), "Search: " + q, body.toString());
    }
}
