package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.EventType;

/**
 * The events-and-claims queries read their scope once, and give the rows the straightforward
 * form of the same query gives ({@code FILTER(?type IN (tg:Agree, ...))}), which ARQ evaluated
 * once per type: seventeen reads of a scope of thousands of items for the busiest pages.
 */
class ActivityQueriesPlanTest {
    private static final ActivityQueries QUERIES = new ActivityQueries(ActivityStore.IRIS);
    private static final Pattern STR_IN = Pattern.compile("FILTER\\s*\\(\\s*str\\((\\?\\w+)\\) IN \\(([^)]*)\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE);
    private static Dataset dataset;

    @BeforeAll
    static void store() {
        dataset = ActivityStore.dataset(120);
    }

    private static List<ActivityScope> scopes() {
        return List.of(ActivityScope.entity(ActivityStore.entity("iraq")), ActivityScope.entity(ActivityStore.entity("anbar")),
                ActivityScope.search(List.of(ActivityStore.entity("syria"), ActivityStore.entity("tehran"))),
                ActivityScope.all());
    }

    private static List<FacetSelection> selections() {
        return List.of(FacetSelection.NONE,
                FacetSelection.parse(Map.of("type", new String[] {"Claim", "Assault", EventType.PROTEST.localName()})),
                FacetSelection.parse(Map.of("type", new String[] {"Claim"}, "from", new String[] {"2020"})),
                FacetSelection.parse(Map.of("place", new String[] {"iraq"})));
    }

    private static List<Function<ActivityScope, Function<FacetSelection, Query>>> kinds() {
        return List.of(s -> f -> QUERIES.table(s, f), s -> f -> QUERIES.tablePage(s, f, 7, 3),
                s -> f -> QUERIES.markers(s, f),
                s -> f -> QUERIES.facet("type", s, f), s -> f -> QUERIES.facet("place", s, f));
    }

    @Test
    void theScopeIsReadOnce() {
        List<Function<ActivityScope, Function<FacetSelection, Query>>> kinds = new java.util.ArrayList<>(kinds());
        kinds.add(s -> f -> QUERIES.sample(s, f));
        for (FacetSelection facets : selections()) {
            for (var kind : kinds) {
                Query query = kind.apply(ActivityScope.entity(ActivityStore.entity("iraq"))).apply(facets);
                String plan = Algebra.optimize(Algebra.compile(query)).toString();
                assertEquals(1, count(plan, "<https://w3id.org/tigris/ontology#claimant>) <https://w3id.org/tigris/ontology#about>"),
                        "the scope once in\n" + plan);
            }
        }
    }

    @Test
    void theRowsAreThoseOfTheStraightforwardQuery() {
        GraphReader reader = new GraphReader(dataset);
        int compared = 0;
        for (ActivityScope scope : scopes()) {
            for (FacetSelection facets : selections()) {
                for (var kind : kinds()) {
                    Query query = kind.apply(scope).apply(facets);
                    List<Row> rows = reader.select(query);
                    assertEquals(reader.select(straightforward(query)), rows, query::toString);
                    compared += rows.size();
                }
            }
        }
        assertFalse(compared < 1000, "the store gives rows to compare: " + compared);
    }

    /** The query with its type tests as IN lists of IRIs, as it was written before. */
    static Query straightforward(Query query) {
        Matcher m = STR_IN.matcher(query.serialize());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String iris = Stream.of(m.group(2).split(","))
                    .map(String::strip).map(s -> s.startsWith("\"") ? "<" + s.substring(1, s.length() - 1) + ">" : s)
                    .collect(Collectors.joining(", "));
            m.appendReplacement(out, Matcher.quoteReplacement("FILTER(" + m.group(1) + " IN (" + iris + "))"));
        }
        m.appendTail(out);
        return QueryFactory.create(out.toString());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
