package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.EventType;

/**
 * The counts, facet counts, map and timeline drawn from one read of a scope are those the
 * queries that each read the scope again gave ({@link ActivityReferenceQueries}), for scopes
 * larger and smaller than the sample, with and without filters.
 */
class ScopeSampleTest {
    private static final ActivityQueries QUERIES = new ActivityQueries(ActivityStore.IRIS);
    private static final List<String> FACETS = List.of("type", "year", "place", "source", "claimant");
    private static Dataset dataset;

    @BeforeAll
    static void store() {
        dataset = ActivityStore.dataset(1000);
    }

    @Test
    void theSampleDrawsWhatTheQueriesDrew() {
        GraphReader reader = new GraphReader(dataset);
        int sampled = 0;
        int compared = 0;
        for (ActivityScope scope : List.of(ActivityScope.entity(ActivityStore.entity("iraq")),
                ActivityScope.entity(ActivityStore.entity("anbar")), ActivityScope.entity(ActivityStore.entity("tehran")),
                ActivityScope.search(List.of(ActivityStore.entity("syria"), ActivityStore.entity("mosul"))))) {
            for (FacetSelection facets : List.of(FacetSelection.NONE,
                    FacetSelection.parse(Map.of("type", new String[] {"Claim", EventType.ASSAULT.localName()})),
                    FacetSelection.parse(Map.of("from", new String[] {"2020-03"}, "to", new String[] {"2021"})),
                    FacetSelection.parse(Map.of("place", new String[] {"iraq"})))) {
                String what = scope + " " + facets;
                ScopeSample sample = reader.read(() -> ScopeSample.read(reader, QUERIES, scope, facets));
                long size = reader.select(ActivityReferenceQueries.sampleSize(scope, facets)).get(0).integer("n").orElseThrow();
                assertEquals(size > ActivityQueries.MAX_SCOPE, sample.sampled(), what);
                sampled += sample.sampled() ? 1 : 0;
                List<Row> facetRows = reader.read(() -> sample.facets(FACETS, reader));
                List<Row> expected = reader.select(ActivityReferenceQueries.facets(FACETS, scope, facets));
                for (String facet : FACETS) {
                    assertEquals(shown(expected, facet), shown(facetRows, facet), what + " " + facet);
                }
                List<Row> markers = reader.read(() -> sample.markers(reader, QUERIES));
                assertEquals(reader.select(QUERIES.markers(scope, facets)), markers, what + " map");
                List<Row> timeline = reader.read(() -> sample.timeline(reader, QUERIES));
                assertEquals(reader.select(ActivityReferenceQueries.timeline(scope, facets)), timeline, what + " timeline");
                compared += facetRows.size() + markers.size() + timeline.size();
            }
        }
        assertTrue(sampled >= 1, "a scope is larger than the sample: " + sampled);
        assertFalse(compared < 1000, "the store gives rows to compare: " + compared);
    }

    /** The rows of one facet the page shows: the commonest values, every year. */
    private static List<Row> shown(List<Row> rows, String facet) {
        return rows.stream().filter(r -> r.text("facet").orElse("").equals(facet))
                .limit(facet.equals("year") ? Long.MAX_VALUE : ActivityQueries.MAX_FACET_VALUES).toList();
    }
}
