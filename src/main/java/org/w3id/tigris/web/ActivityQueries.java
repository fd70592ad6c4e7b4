package org.w3id.tigris.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The queries behind a page's events and claims: its table, map, timeline and facet counts,
 * each one SPARQL query over the scope and the chosen filters, aggregated in SPARQL and
 * bounded. The query text is made of fixed parts only; the scope and every filter value are
 * bound as RDF terms ({@link ValuesBoundSparql}), never written into the text.
 * Names, geometries and containing places of entities are read from the entity catalogue
 * (one copy each), not from the union, where each is repeated by every document naming it.
 */
final class ActivityQueries {
    /** How many rows the map, timeline and facet lists may have at most. */
    static final int MAX_MARKERS = 600;
    static final int MAX_TIMELINE = 400;
    static final int MAX_FACET_VALUES = 12;
    /** The map, the timeline and the counts read at most this many of a page's items (the table reads all). */
    static final int MAX_SCOPE = 2000;

    // Paths are walked from the place given, down what lies within it, to the events there:
    // the other way round would walk every event's place first.
    private static final String ENTITY_SCOPE = """
              { SELECT DISTINCT ?item WHERE {
                  { ?item tg:agent|tg:target|tg:claimant|tg:about ?scope }
                  UNION { GRAPH <https://w3id.org/tigris/entities> { ?within tg:locatedIn* ?scope } ?item tg:place ?within }
              } }
            """;
    /** {@link #ENTITY_SCOPE} for one item already known. */
    private static final String ENTITY_TEST = """
                { ?item tg:agent|tg:target|tg:claimant|tg:about ?scope }
                UNION { ?item tg:place ?within . GRAPH <https://w3id.org/tigris/entities> { ?within tg:locatedIn* ?scope } }
            """;
    /** {@link #SEARCH_SCOPE} for one item already known. */
    // The hits are tested on their text, as the types are (ActivityFilters.ALL_TYPES): joined
    // as a VALUES list, the hundred hits were each tried against every item walked.
    private static final String SEARCH_TEST = """
                { ?item tg:agent|tg:target|tg:claimant|tg:about ?hit }
                UNION { ?item tg:place ?within . GRAPH <https://w3id.org/tigris/entities> { ?within tg:locatedIn* ?hit } }
                UNION { BIND(?item AS ?hit) }
                FILTER(STR(?hit) IN (%s))
            """;
    /** What the table shows of each item chosen, and its order. */
    private static final String DETAILS = """
              OPTIONAL { ?item tg:claimText ?claimText }
              OPTIONAL { ?item tg:evidence/nif:anchorOf ?evidenceText }
              OPTIONAL { ?item tg:agent|tg:claimant ?whoIri . OPTIONAL { GRAPH <https://w3id.org/tigris/entities> { ?whoIri rdfs:label ?whoName } } }
              OPTIONAL { ?item tg:place ?placeEntity . OPTIONAL { GRAPH <https://w3id.org/tigris/entities> { ?placeEntity rdfs:label ?placeName } } }
              OPTIONAL { ?item prov:wasDerivedFrom ?doc . OPTIONAL { ?doc tg:sourceName ?docName } }
            }
            GROUP BY ?item ?type ?date
            ORDER BY DESC(STR(?date)) ?item
            """;
    private static final String EVENT_SCOPE = "  BIND(?scope AS ?item)\n";
    private static final String SEARCH_SCOPE = """
              { SELECT DISTINCT ?item WHERE {
                  { VALUES (?item) { ?hits } }
                  UNION { VALUES (?hit) { ?hits } ?item tg:agent|tg:target|tg:claimant|tg:about ?hit }
                  UNION { VALUES (?hit) { ?hits } GRAPH <https://w3id.org/tigris/entities> { ?within tg:locatedIn* ?hit } ?item tg:place ?within }
              } }
            """;
    private final ActivityFilters filters;
    private final ParsedTemplates templates;

    /** Queries whose texts are parsed afresh (tests, one-off use). */
    ActivityQueries(IriScheme iris) {
        this(iris, new ParsedTemplates(64));
    }

    ActivityQueries(IriScheme iris, ParsedTemplates templates) {
        this.filters = new ActivityFilters(iris);
        this.templates = templates;
    }

    /** Every event and claim in the scope that the filters let through, one row each, newest first. */
    Query table(ActivityScope scope, FacetSelection facets) {
        return table(scope, facets, "");
    }

    /** One page of {@link #table}: the same rows from {@code offset} on, chosen before their details are read. */
    Query tablePage(ActivityScope scope, FacetSelection facets, long limit, long offset) {
        return table(scope, facets, "LIMIT " + limit + " OFFSET " + offset + "\n");
    }

    /** What a table row shows of an item: the projection of {@link #table} and {@link #details}. */
    private static final String ROW = """
                SELECT ?item ?type ?date (SAMPLE(COALESCE(?claimText, ?evidenceText)) AS ?what)
                       (GROUP_CONCAT(DISTINCT ?whoName; separator="; ") AS ?who)
                       (GROUP_CONCAT(DISTINCT STR(?whoIri); separator=" ") AS ?whoIris)
                       (SAMPLE(?placeName) AS ?place) (SAMPLE(?placeEntity) AS ?placeIri)
                       (SAMPLE(?doc) AS ?source) (SAMPLE(?docName) AS ?sourceName)
                """;

    private Query table(ActivityScope scope, FacetSelection facets, String page) {
        return build(ROW + """
                WHERE {
                  { SELECT ?item ?type (SAMPLE(?d) AS ?date)
                    WHERE {
                """, "", """
                      OPTIONAL { ?item tg:date ?d }
                    }
                    GROUP BY ?item ?type
                    ORDER BY DESC(STR(?date)) ?item
                """ + page + """
                  }
                """ + DETAILS, scope, facets, "");
    }

    /**
     * The rows of {@link #table} for the items given ({@code ?item ?type ?date} each, as the
     * table's inner query chooses them), in the table's order.
     */
    Query details(List<List<? extends RDFNode>> keys) {
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + ROW + """
                WHERE {
                  VALUES (?item ?type ?date) { ?keys }
                """ + DETAILS, templates);
        pss.setRowValues("keys", keys);
        return pss.asQuery();
    }

    /**
     * The items of the scope that pass the filters and are dated by one of {@code dates}:
     * {@code ?item ?type ?date}. Walked from the dates, each item's scope and filters tested
     * one by one, so that the newest items of a large scope are found without reading the rest.
     */
    Query dated(ActivityScope scope, FacetSelection facets, List<RDFNode> dates) {
        StringBuilder where = new StringBuilder("SELECT DISTINCT ?item ?type ?date\nWHERE {\n  VALUES (?date) { ?dates }\n"
                + "  ?item tg:date ?date .\n");
        switch (scope.kind()) {
            case ENTITY -> where.append("  FILTER EXISTS {\n").append(ENTITY_TEST).append("  }\n");
            case SEARCH -> where.append("  FILTER EXISTS {\n").append(SEARCH_TEST.formatted(IntStream
                    .range(0, scope.iris().size()).mapToObj(i -> "?hitText" + i).collect(Collectors.joining(", "))))
                    .append("  }\n");
            case EVENT -> where.append("  FILTER(?item = ?scope)\n");
            case ALL -> { }
        }
        ActivityFilters.append(where, facets, "");
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + where + "}\n", templates);
        pss.setValues("dates", dates);
        filters.bind(pss, scope, facets, "");
        if (scope.kind() == ActivityScope.Kind.SEARCH) {
            for (int i = 0; i < scope.iris().size(); i++) {
                pss.setLiteral("hitText" + i, scope.iris().get(i));
            }
        }
        return pss.asQuery();
    }

    /** Events with a located place, counted per place and type. */
    Query markers(ActivityScope scope, FacetSelection facets) {
        // Counted first, located after: a place's geometry is looked up once, not once per event.
        return build("""
                SELECT ?placeIri ?type (SAMPLE(?wkt0) AS ?wkt) (SAMPLE(?name) AS ?placeName) ?n
                WHERE {
                  { SELECT ?placeIri ?type (COUNT(DISTINCT ?item) AS ?n)
                    WHERE {
                """, "    ?item tg:place ?placeIri .\n", """
                    }
                    GROUP BY ?placeIri ?type
                  }
                  GRAPH <https://w3id.org/tigris/entities> {
                    ?placeIri geo:hasGeometry/geo:asWKT ?wkt0 .
                    OPTIONAL { ?placeIri rdfs:label ?name }
                  }
                }
                GROUP BY ?placeIri ?type ?n
                ORDER BY DESC(?n) ?placeIri ?type
                LIMIT %d
                """.formatted(MAX_MARKERS), scope, facets, "", true);
    }

    /**
     * The first {@link #MAX_SCOPE} items that pass the filters, and one more (so that a page knows
     * there are more), each with what is counted of it: {@code ?item ?type} and, where it has
     * them, {@code ?place ?source ?claimant ?date}, a row per combination ({@link ScopeSample}).
     */
    Query sample(ActivityScope scope, FacetSelection facets) {
        return build("SELECT ?item ?type ?place ?source ?claimant ?date\nWHERE {\n", "", """
                  OPTIONAL { ?item tg:place ?place }
                  OPTIONAL { ?item prov:wasDerivedFrom ?source }
                  OPTIONAL { ?item tg:claimant ?claimant }
                  OPTIONAL { ?item tg:date ?date }
                }
                """, scope, facets, "", MAX_SCOPE + 1);
    }

    /** The points and names of places ({@code ?placeIri ?wkt ?placeName}) that have a point. */
    Query placePoints(List<RDFNode> places) {
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + """
                SELECT ?placeIri (SAMPLE(?wkt0) AS ?wkt) (SAMPLE(?name) AS ?placeName)
                WHERE {
                  VALUES (?placeIri) { ?these }
                  GRAPH <https://w3id.org/tigris/entities> {
                    ?placeIri geo:hasGeometry/geo:asWKT ?wkt0 .
                    OPTIONAL { ?placeIri rdfs:label ?name }
                  }
                }
                GROUP BY ?placeIri
                """, templates);
        pss.setValues("these", places);
        return pss.asQuery();
    }

    /** The words of items ({@code ?item ?type ?date} each): {@code ?item ?type ?date ?what}. */
    Query words(List<List<? extends RDFNode>> keys) {
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + """
                SELECT ?item ?type ?date (SAMPLE(COALESCE(?claimText, ?evidenceText)) AS ?what)
                WHERE {
                  VALUES (?item ?type ?date) { ?keys }
                  OPTIONAL { ?item tg:claimText ?claimText }
                  OPTIONAL { ?item tg:evidence/nif:anchorOf ?evidenceText }
                }
                GROUP BY ?item ?type ?date
                """, templates);
        pss.setRowValues("keys", keys);
        return pss.asQuery();
    }

    /**
     * How many items each value of one facet has, the facet's own choice left out (so that
     * the other values stay offered): {@code ?value ?n} and, for entities, {@code ?label}.
     */
    Query facet(String facet, ActivityScope scope, FacetSelection facets) {
        String anchor = switch (facet) {
            case "type" -> "";
            case "place" -> "  ?item tg:place ?value .\n";
            case "source" -> "  ?item prov:wasDerivedFrom ?value .\n";
            case "claimant" -> "  ?item tg:claimant ?value .\n";
            case "year" -> "  ?item tg:date ?yd .\n";
            default -> throw new IllegalArgumentException("No facet " + facet);
        };
        String value = switch (facet) {
            case "type" -> "  BIND(?type AS ?value)\n";
            case "place", "claimant" -> "  OPTIONAL { GRAPH <https://w3id.org/tigris/entities> { ?value rdfs:label ?l } }\n";
            case "year" -> "  BIND(SUBSTR(STR(?yd), 1, 4) AS ?value)\n";
            default -> "";
        };
        String order = facet.equals("year") ? "ORDER BY ?value" : "ORDER BY DESC(?n) ?value\nLIMIT " + MAX_FACET_VALUES;
        return build("SELECT ?value (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?item) AS ?n)\nWHERE {\n", anchor,
                value + "}\nGROUP BY ?value\n" + order + "\n", scope, facets, facet, true);
    }

    /** The places among the scope's own resources (a place page's place, search hits) with a point. */
    Query scopePlaces(ActivityScope scope) {
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + """
                SELECT ?placeIri (SAMPLE(?wkt0) AS ?wkt) (SAMPLE(?name) AS ?placeName)
                WHERE {
                  VALUES (?placeIri) { ?these }
                  GRAPH <https://w3id.org/tigris/entities> {
                    ?placeIri geo:hasGeometry/geo:asWKT ?wkt0 .
                    OPTIONAL { ?placeIri rdfs:label ?name }
                  }
                }
                GROUP BY ?placeIri
                LIMIT %d
                """.formatted(MAX_MARKERS), templates);
        pss.setValues("these", ActivityFilters.nodes(scope.iris()));
        return pss.asQuery();
    }

    /**
     * @param anchor a pattern binding what the query is about ({@code ?item tg:place ?placeIri}), placed
     *               before the type is checked so that the fewer items are looked at first
     */
    private Query build(String head, String anchor, String tail, ActivityScope scope, FacetSelection facets,
                        String omitted) {
        return build(head, anchor, tail, scope, facets, omitted, 0);
    }

    private Query build(String head, String anchor, String tail, ActivityScope scope, FacetSelection facets,
                        String omitted, boolean bounded) {
        return build(head, anchor, tail, scope, facets, omitted, bounded ? MAX_SCOPE : 0);
    }

    /**
     * @param limit how many of the items that pass the filters to read at most, 0 for all (the map,
     *              the timeline and the counts read {@link #MAX_SCOPE}; the table reads all)
     */
    Query build(String head, String anchor, String tail, ActivityScope scope, FacetSelection facets,
                String omitted, int limit) {
        StringBuilder where = new StringBuilder();
        boolean wrapped = scope.kind() != ActivityScope.Kind.ALL;
        if (wrapped) {
            // The items first, each once; what the query is about after, looked up item by item.
            where.append("  { SELECT DISTINCT ?item ?type WHERE {\n");
        }
        switch (scope.kind()) {
            case ENTITY -> where.append(ENTITY_SCOPE);
            case EVENT -> where.append(EVENT_SCOPE);
            case SEARCH -> where.append(SEARCH_SCOPE);
            case ALL -> { }
        }
        if (!wrapped) {
            where.append(anchor);
        }
        ActivityFilters.append(where, facets, omitted);
        if (wrapped) {
            where.append("  }").append(limit > 0 ? " LIMIT " + limit : "").append(" }\n").append(anchor);
        }
        ParameterizedSparqlString pss = new ValuesBoundSparql(KgQuery.prologue() + head + where + tail, templates);
        filters.bind(pss, scope, facets, omitted);
        return pss.asQuery();
    }
}
