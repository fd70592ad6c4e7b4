package org.w3id.tigris.web;

import java.util.List;
import org.apache.jena.query.Query;

/**
 * The queries that drew a page's count, facet counts and timeline before {@link ScopeSample}
 * counted them from one read of the scope: each read the sample of the scope again. Kept here
 * to show that the page's content is the same.
 */
final class ActivityReferenceQueries {
    private static final ActivityQueries QUERIES = new ActivityQueries(ActivityStore.IRIS);

    private ActivityReferenceQueries() {
    }

    /** The newest dated events and claims, chosen before their words are read. */
    static Query timeline(ActivityScope scope, FacetSelection facets) {
        return QUERIES.build("""
                SELECT ?item ?type ?date (SAMPLE(COALESCE(?claimText, ?evidenceText)) AS ?what)
                WHERE {
                  { SELECT ?item ?type (SAMPLE(?d) AS ?date)
                    WHERE {
                """, "  ?item tg:date ?d .\n", """
                    }
                    GROUP BY ?item ?type
                    ORDER BY DESC(STR(?date)) ?item
                    LIMIT %d
                  }
                  OPTIONAL { ?item tg:claimText ?claimText }
                  OPTIONAL { ?item tg:evidence/nif:anchorOf ?evidenceText }
                }
                GROUP BY ?item ?type ?date
                ORDER BY DESC(STR(?date)) ?item
                """.formatted(ActivityQueries.MAX_TIMELINE), scope, facets, "", ActivityQueries.MAX_SCOPE);
    }

    /**
     * The counts of several facets in one query, all filters applied: {@code ?facet ?value
     * ?label ?n}, every value (the page keeps the commonest). For the facets not chosen, whose
     * counts are the same with or without their own filter.
     */
    static Query facets(List<String> names, ActivityScope scope, FacetSelection facets) {
        List<String> branches = names.stream().map(name -> "    { BIND(\"" + name + "\" AS ?facet) " + switch (name) {
            case "type" -> "?item a ?value . " + ActivityFilters.ALL_TYPES.replace("?type", "?value") + " }";
            case "place" -> "?item tg:place ?value . OPTIONAL { GRAPH <https://w3id.org/tigris/entities> { ?value rdfs:label ?l } } }";
            case "source" -> "?item prov:wasDerivedFrom ?value . }";
            case "claimant" -> "?item tg:claimant ?value . OPTIONAL { GRAPH <https://w3id.org/tigris/entities> { ?value rdfs:label ?l } } }";
            case "year" -> "?item tg:date ?yd . BIND(SUBSTR(STR(?yd), 1, 4) AS ?value) }";
            default -> throw new IllegalArgumentException("No facet " + name);
        }).toList();
        return QUERIES.build("SELECT ?facet ?value (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?item) AS ?n)\nWHERE {\n"
                        + "  { SELECT DISTINCT ?item ?type WHERE {\n", "",
                "  } }\n  {\n" + String.join("\n    UNION\n", branches) + "\n  }\n}\nGROUP BY ?facet ?value\n"
                        + "ORDER BY ?facet DESC(?n) ?value\n", scope, facets, "", ActivityQueries.MAX_SCOPE);
    }

    /** How many items pass the filters, counted up to one more than {@link ActivityQueries#MAX_SCOPE}: {@code ?n}. */
    static Query sampleSize(ActivityScope scope, FacetSelection facets) {
        return QUERIES.build("SELECT (COUNT(*) AS ?n) WHERE {\n", "", "}\n", scope, facets, "", ActivityQueries.MAX_SCOPE + 1);
    }
}
