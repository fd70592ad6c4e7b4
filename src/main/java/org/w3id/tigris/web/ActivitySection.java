package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.tigris.web.map.GeoPoint;
import org.w3id.tigris.web.map.MapMarker;
import org.w3id.tigris.web.map.SvgMap;
import org.w3id.tigris.web.map.WorldOutlines;
import org.w3id.tigris.web.timeline.DateSpan;
import org.w3id.tigris.web.timeline.SvgTimeline;
import org.w3id.tigris.web.timeline.TimelineItem;

/**
 * The events and claims of an entity or a search, seen three ways: where (a map), when (a
 * timeline) and row by row (a table to take away), narrowed by filters that live in the URL:
 * plain links and a GET form, no script needed.
 */
final class ActivitySection {
    private final PageContext context;
    private final Tables tables;
    private final ActivityQueries queries;

    ActivitySection(PageContext context, Tables tables) {
        this.context = context;
        this.tables = tables;
        this.queries = tables.activityQueries();
    }

    /**
     * @param path        the page's path, which the filters link back to
     * @param scopeParams the parameters the page needs besides the filters ({@code q=...}), or empty
     * @param exportScope the parameters naming the scope for a download ({@code entity=anbar}, {@code q=...})
     */
    String render(ActivityScope scope, FacetSelection facets, int page, String path, String scopeParams,
                  String exportScope) {
        FacetForm form = new FacetForm(context, queries, path, scopeParams);
        GraphReader reader = context.reader();
        ScopeSample sample = reader.samples().get(StoreState.of(reader.dataset().asDatasetGraph()), scope, facets,
                () -> ScopeSample.read(reader, queries, scope, facets));
        boolean sampled = sample.sampled();
        StringBuilder out = new StringBuilder("<section id=\"activity\">");
        out.append(form.render(scope, facets, sample));
        if (sampled) {
            out.append("<p class=\"muted\" id=\"sampled\">More than ").append(ActivityQueries.MAX_SCOPE)
                    .append(" events and claims pass these filters: the counts, the map and the timeline are drawn from ")
                    .append(ActivityQueries.MAX_SCOPE).append(" of them, the table and its CSV have all. ")
                    .append("Narrow the filters to see every one drawn.</p>");
        }
        out.append("<h3 id=\"map\">Where</h3>").append(map(scope, sample.markers(context.reader(), queries)));
        out.append("<h3 id=\"timeline\">When</h3>").append(timeline(sample.timeline(context.reader(), queries)));
        out.append("<h3 id=\"activity-table\">Events and claims, row by row</h3>");
        ResultTable table = tables.activity(scope, exportScope, facets, sampled);
        out.append(new TableView(context).render(table, page,
                p -> form.href(facets) + (form.href(facets).contains("?") ? "&" : "?") + "page=" + p + "#activity-table",
                facets.isEmpty() ? "No events or claims recorded." : "No events or claims pass these filters."));
        return out.append("</section>").toString();
    }

    /** Events by place and type; the scope's own places, too, in white. */
    String map(ActivityScope scope, FacetSelection facets) {
        return map(scope, context.reader().select(queries.markers(scope, facets)));
    }

    /** @param counted the places and types with their counts ({@link ActivityQueries#markers}' rows) */
    private String map(ActivityScope scope, List<Row> counted) {
        List<MapMarker> markers = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (Row row : counted) {
            String place = row.iri("placeIri").orElseThrow();
            String type = row.iri("type").map(Labels::localName).orElse("");
            long count = row.integer("n").orElse(1);
            GeoPoint.fromWkt(row.text("wkt").orElse("")).ifPresent(point -> {
                types.add(type);
                String name = row.text("placeName").orElse(Labels.localName(place));
                markers.add(new MapMarker(point, context.links().href(place) + "?type=" + type + "#activity",
                        name + ": " + count + " " + type + (count == 1 ? " event" : " events"),
                        Palette.colour(type), count));
            });
        }
        if (scope.kind() != ActivityScope.Kind.ALL) {
            for (Row row : context.reader().select(queries.scopePlaces(scope))) {
                String place = row.iri("placeIri").orElseThrow();
                GeoPoint.fromWkt(row.text("wkt").orElse("")).ifPresent(point -> markers.add(new MapMarker(point,
                        context.links().href(place), row.text("placeName").orElse(Labels.localName(place)),
                        Palette.PLACE, 1)));
            }
        }
        if (markers.isEmpty()) {
            return "<p class=\"muted\">No event here has a place with coordinates.</p>";
        }
        return "<figure class=\"chart\">" + new SvgMap(WorldOutlines.world()).render(markers, "Map of events")
                + "<figcaption>" + Palette.legend(types)
                + "<span class=\"muted\">Each circle is a place and a type of event, sized by how many; "
                + "click one for the place's events of that type. Country outlines: Natural Earth.</span>"
                + "</figcaption></figure>";
    }

    /** Dated events and claims, each at its date's precision ({@link ScopeSample#timeline}'s rows). */
    private String timeline(List<Row> rows) {
        List<TimelineItem> items = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        for (Row row : rows) {
            String item = row.iri("item").orElseThrow();
            String type = row.iri("type").map(Labels::localName).orElse("");
            String date = row.text("date").orElse("");
            DateSpan.parse(date).ifPresent(span -> {
                types.add(type);
                String what = row.text("what").map(w -> ": " + Labels.shorten(w, 120)).orElse("");
                items.add(new TimelineItem(span, context.links().href(item), type + ", " + date + what,
                        Palette.colour(type)));
            });
        }
        if (items.isEmpty()) {
            return "<p class=\"muted\">No event or claim here is dated.</p>";
        }
        SvgTimeline.Drawing drawing = new SvgTimeline().render(items, "Timeline of events and claims");
        String more = rows.size() >= ActivityQueries.MAX_TIMELINE
                ? " The newest " + ActivityQueries.MAX_TIMELINE + " are drawn; narrow the filters to see others." : "";
        String left = drawing.left() > 0 ? " " + drawing.left() + " did not fit and are not drawn." : "";
        return "<figure class=\"chart\">" + drawing.svg() + "<figcaption>" + Palette.legend(types)
                + "<span class=\"muted\">A dot is a day; a bar a month or a year, as precisely as the source dates it."
                + more + left + "</span></figcaption></figure>";
    }

    static int page(Map<String, String[]> parameters) {
        String[] values = parameters.get("page");
        try {
            return values == null || values.length == 0 ? 0 : Math.max(0, Integer.parseInt(values[0]));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
