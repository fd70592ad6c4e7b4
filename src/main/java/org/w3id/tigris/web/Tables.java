package org.w3id.tigris.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The tables of the researcher pages, each made by one query; the same definition serves
 * the page and the download, so the CSV has exactly the rows the page shows, all of them.
 */
final class Tables {
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final ResultTable.Column TYPE = ResultTable.Column.of("Type", "type", ResultTable.Cell.TYPE);

    private final IriScheme iris;
    private final ActivityQueries activity;

    private final ParsedTemplates templates;

    /** Tables whose query texts are parsed afresh (tests, one-off use). */
    Tables(IriScheme iris) {
        this(iris, new ParsedTemplates(64));
    }

    Tables(IriScheme iris, ParsedTemplates templates) {
        this.iris = iris;
        this.templates = templates;
        this.activity = new ActivityQueries(iris, templates);
    }

    ActivityQueries activityQueries() {
        return activity;
    }

    /**
     * Events and claims of a scope through the chosen filters.
     *
     * @param scopeParams the URL parameters naming the scope ({@code entity=anbar}, {@code q=...}), or empty
     */
    ResultTable activity(ActivityScope scope, String scopeParams, FacetSelection facets) {
        return activity(scope, scopeParams, facets, false);
    }

    /**
     * @param large whether more than {@link ActivityQueries#MAX_SCOPE} items pass the filters: then a
     *              page of the table is found by walking the dates ({@link NewestFirst}), not by sorting them all
     */
    ResultTable activity(ActivityScope scope, String scopeParams, FacetSelection facets, boolean large) {
        String params = join("table=activity", scopeParams, facets.queryString());
        return new ResultTable("events-and-claims", activity.table(scope, facets), List.of(
                TYPE,
                ResultTable.Column.text("Date", "date"),
                ResultTable.Column.link("What", "item", "what"),
                ResultTable.Column.of("Who", "whoIris", ResultTable.Cell.ENTITIES),
                ResultTable.Column.of("Place", "placeIri", ResultTable.Cell.ENTITIES),
                ResultTable.Column.of("Source", "source", ResultTable.Cell.DOCUMENT)), params,
                (reader, limit, offset) -> (large
                        ? new NewestFirst(reader, reader.dates(), activity).page(scope, facets, limit, offset)
                        : Optional.<List<Row>>empty())
                        .orElseGet(() -> reader.select(activity.tablePage(scope, facets, limit, offset))));
    }

    ResultTable documents() {
        return new ResultTable("documents", KgQuery.DOCUMENTS.bound(templates, q -> { }), List.of(
                ResultTable.Column.of("Document", "doc", ResultTable.Cell.DOCUMENT),
                ResultTable.Column.text("File", "sourceName"),
                ResultTable.Column.text("Published", "issued")), "table=documents");
    }

    ResultTable documentEvents(String document) {
        return new ResultTable("document-events", KgQuery.DOCUMENT_EVENTS.bound(templates,
                q -> q.setIri("this", document)), List.of(
                ResultTable.Column.link("Event", "event", null),
                ResultTable.Column.text("Date", "date"),
                ResultTable.Column.of("Agent", "agentIris", ResultTable.Cell.ENTITIES),
                ResultTable.Column.of("Target", "targetIris", ResultTable.Cell.ENTITIES),
                ResultTable.Column.of("Place", "placeIris", ResultTable.Cell.ENTITIES)),
                "table=document-events&document=" + FacetSelection.encode(slug(document)));
    }

    ResultTable documentClaims(String document) {
        return new ResultTable("document-claims", KgQuery.DOCUMENT_CLAIMS.bound(templates,
                q -> q.setIri("this", document)), List.of(
                ResultTable.Column.of("Claimant", "claimantIris", ResultTable.Cell.ENTITIES),
                ResultTable.Column.text("Cue", "cue"),
                ResultTable.Column.link("Claim", "claim", "claimText"),
                ResultTable.Column.text("Date", "date")),
                "table=document-claims&document=" + FacetSelection.encode(slug(document)));
    }

    /** The table a download asks for by its URL parameters; empty when there is none such. */
    Optional<ResultTable> resolve(Map<String, String[]> parameters, TextSearch search) {
        String table = first(parameters, "table").orElse("");
        return switch (table) {
            case "documents" -> Optional.of(documents());
            case "document-events" -> document(parameters).map(this::documentEvents);
            case "document-claims" -> document(parameters).map(this::documentClaims);
            case "activity" -> {
                FacetSelection facets = FacetSelection.parse(parameters);
                Optional<String> entity = first(parameters, "entity");
                Optional<String> q = first(parameters, "q").map(String::strip).filter(s -> !s.isEmpty());
                if (entity.isPresent()) {
                    String slug = checkedSlug(entity.get());
                    yield Optional.of(activity(ActivityScope.entity(iris.entity(slug)),
                            "entity=" + FacetSelection.encode(slug), facets));
                }
                if (q.isPresent()) {
                    List<String> hits = search.find(q.get()).resources();
                    yield Optional.of(activity(ActivityScope.search(hits), "q=" + FacetSelection.encode(q.get()), facets));
                }
                yield Optional.of(activity(ActivityScope.all(), "", facets));
            }
            default -> Optional.empty();
        };
    }

    private Optional<String> document(Map<String, String[]> parameters) {
        return first(parameters, "document").map(Tables::checkedSlug).map(slug -> iris.base() + "/id/document/" + slug);
    }

    private static String checkedSlug(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            throw new FacetSelection.BadFacetException("not a name in a Tigris IRI: '" + slug + "'");
        }
        return slug;
    }

    /** The last path segment of a Tigris IRI. */
    static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Optional<String> first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.of(values[0]);
    }

    private static String join(String... parts) {
        return String.join("&", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }
}
