package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The filters of a page's events and claims: a plain GET form (type, period, place, source,
 * claimant) whose choices land in the URL, each value with how many items it has, and the
 * chosen filters as links that take them away. No script is needed.
 */
final class FacetForm {
    private final PageContext context;
    private final ActivityQueries queries;
    private final String path;
    private final String scopeParams;

    /**
     * @param path        the page the form sends back to
     * @param scopeParams parameters the page keeps besides the filters ({@code q=...}), or empty
     */
    FacetForm(PageContext context, ActivityQueries queries, String path, String scopeParams) {
        this.context = context;
        this.queries = queries;
        this.path = path;
        this.scopeParams = scopeParams;
    }

    /** The page with another selection. */
    String href(FacetSelection facets) {
        String query = String.join("&", java.util.stream.Stream.of(scopeParams, facets.queryString())
                .filter(s -> !s.isEmpty()).toList());
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** @param sample the items counted, and whether they are a sample (more items pass than are counted) */
    String render(ActivityScope scope, FacetSelection facets, ScopeSample sample) {
        boolean sampled = sample.sampled();
        Map<String, List<Row>> counts = counts(scope, facets, sample);
        List<Row> types = counts.getOrDefault("type", List.of());
        // The type counts leave the type filter out; the total is that of the chosen types.
        long total = types.stream()
                .filter(row -> facets.types().isEmpty()
                        || facets.types().contains(row.iri("value").map(Labels::localName).orElse("")))
                .mapToLong(row -> row.integer("n").orElse(0)).sum();
        StringBuilder out = new StringBuilder("<h2 id=\"events-and-claims\">Events and claims (")
                .append(sampled ? "more than " + ActivityQueries.MAX_SCOPE : Long.toString(total)).append(")</h2>");
        out.append(chosen(facets));
        out.append("<form class=\"facets\" method=\"get\" action=\"").append(Html.escape(path)).append("#activity\">");
        hidden(out);
        out.append("<fieldset><legend>Type</legend>");
        for (Row row : types) {
            String type = row.iri("value").map(Labels::localName).orElse("");
            out.append("<label><input type=\"checkbox\" name=\"type\" value=\"").append(Html.escape(type)).append('"')
                    .append(facets.types().contains(type) ? " checked" : "").append("> <i class=\"swatch\" style=\"background:")
                    .append(Palette.colour(type)).append("\"></i>").append(Html.escape(type))
                    .append(" <span class=\"muted\">").append(row.integer("n").orElse(0)).append("</span></label>");
        }
        out.append("</fieldset>");
        out.append(period(counts.getOrDefault("year", List.of()), facets));
        out.append(choice("place", "Place", counts.getOrDefault("place", List.of()), facets.place()));
        out.append(choice("source", "Source", counts.getOrDefault("source", List.of()), facets.source()));
        out.append(choice("claimant", "Claimant", counts.getOrDefault("claimant", List.of()), facets.claimant()));
        out.append("<p><button type=\"submit\">Filter</button> ");
        if (!facets.isEmpty()) {
            out.append(Html.link(href(FacetSelection.NONE) + "#activity", "clear all filters"));
        }
        return out.append("</p></form>").toString();
    }

    /**
     * Each facet's values with their counts: the facets not chosen counted in the sample, each chosen
     * one by a query of its own that leaves its own filter out (so that its other values stay offered).
     */
    private Map<String, List<Row>> counts(ActivityScope scope, FacetSelection facets, ScopeSample sample) {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        chosen.put("type", !facets.types().isEmpty());
        chosen.put("year", facets.from().isPresent() || facets.to().isPresent());
        chosen.put("place", facets.place().isPresent());
        chosen.put("source", facets.source().isPresent());
        chosen.put("claimant", facets.claimant().isPresent());
        Map<String, List<Row>> counts = new HashMap<>();
        List<String> free = chosen.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        if (!free.isEmpty()) {
            for (Row row : sample.facets(free, context.reader())) {
                counts.computeIfAbsent(row.text("facet").orElse(""), f -> new ArrayList<>()).add(row);
            }
        }
        chosen.forEach((facet, isChosen) -> {
            if (isChosen) {
                counts.put(facet, context.reader().select(queries.facet(facet, scope, facets)));
            }
        });
        counts.replaceAll((facet, rows) -> facet.equals("year")
                ? rows.stream().sorted(Comparator.comparing(r -> r.text("value").orElse(""))).toList()
                : rows.stream().limit(ActivityQueries.MAX_FACET_VALUES).toList());
        return counts;
    }

    private void hidden(StringBuilder out) {
        if (scopeParams.isEmpty()) {
            return;
        }
        for (String pair : scopeParams.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            out.append("<input type=\"hidden\" name=\"").append(Html.escape(name)).append("\" value=\"")
                    .append(Html.escape(value)).append("\">");
        }
    }

    /** From and to, and the years with their counts as links. */
    private String period(List<Row> years, FacetSelection facets) {
        StringBuilder out = new StringBuilder("<fieldset><legend>Period</legend><label>from <input name=\"from\" size=\"10\" "
                + "placeholder=\"2020 or 2020-03\" pattern=\"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\" value=\"")
                .append(Html.escape(facets.from().orElse(""))).append("\"></label> <label>to <input name=\"to\" size=\"10\" "
                        + "placeholder=\"2024-02-08\" pattern=\"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\" value=\"")
                .append(Html.escape(facets.to().orElse(""))).append("\"></label><br><span class=\"years\">");
        for (Row row : years) {
            String year = row.text("value").orElse("");
            if (year.matches("\\d{4}")) {
                out.append(Html.link(href(facets.with("from", year).with("to", year)) + "#activity", year))
                        .append(" <span class=\"muted\">").append(row.integer("n").orElse(0)).append("</span> ");
            }
        }
        return out.append("</span></fieldset>").toString();
    }

    /** A drop-down of the commonest values of an entity or document facet. */
    private String choice(String facet, String heading, List<Row> rows, Optional<String> chosen) {
        if (facet.equals("source")) {
            context.documents().load(rows.stream().flatMap(r -> r.iri("value").stream()).toList());
        }
        Map<String, String> options = new TreeMap<>();
        StringBuilder out = new StringBuilder("<fieldset><legend>").append(heading).append("</legend><select name=\"")
                .append(facet).append("\"><option value=\"\">any</option>");
        for (Row row : rows) {
            String iri = row.iri("value").orElse("");
            String slug = Tables.slug(iri);
            String name = facet.equals("source") ? context.documents().of(iri).display()
                    : row.text("label").orElseGet(() -> context.labels().of(iri));
            options.put(slug, Labels.shorten(name, 60) + " (" + row.integer("n").orElse(0) + ")");
        }
        chosen.filter(c -> !options.containsKey(c)).ifPresent(c -> options.put(c, c));
        options.forEach((slug, text) -> out.append("<option value=\"").append(Html.escape(slug)).append('"')
                .append(chosen.filter(slug::equals).isPresent() ? " selected" : "").append('>')
                .append(Html.escape(text)).append("</option>"));
        return out.append("</select></fieldset>").toString();
    }

    /** The chosen filters, each a link to the page without it. */
    private String chosen(FacetSelection facets) {
        if (facets.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<p class=\"chosen\">Filtered by: ");
        facets.types().forEach(t -> chip(out, "type " + t, facets.withoutType(t)));
        facets.from().ifPresent(v -> chip(out, "from " + v, facets.without("from")));
        facets.to().ifPresent(v -> chip(out, "to " + v, facets.without("to")));
        facets.place().ifPresent(v -> chip(out, "place " + context.labels().of(tablesEntity(v)), facets.without("place")));
        facets.source().ifPresent(v -> chip(out, "source " + v, facets.without("source")));
        facets.claimant().ifPresent(v -> chip(out, "claimant " + context.labels().of(tablesEntity(v)),
                facets.without("claimant")));
        return out.append("</p>").toString();
    }

    private String tablesEntity(String slug) {
        return context.links().entity(slug);
    }

    private void chip(StringBuilder out, String text, FacetSelection rest) {
        out.append("<a class=\"chip\" title=\"remove this filter\" href=\"").append(Html.escape(href(rest) + "#activity"))
                .append("\">").append(Html.escape(text)).append(" ×</a> ");
    }
}
