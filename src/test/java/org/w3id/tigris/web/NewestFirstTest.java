package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A page of events and claims found by walking the dates has the rows, in the order, that
 * sorting the whole scope gives; and where the walk cannot know (undated items, past its
 * budget) it says so and the page is sorted as before.
 */
class NewestFirstTest {
    private static final ActivityQueries QUERIES = new ActivityQueries(ActivityStore.IRIS);
    private static Dataset dataset;

    @BeforeAll
    static void store() {
        dataset = ActivityStore.dataset(400);
    }

    @Test
    void aWalkedPageIsTheSortedPage() {
        GraphReader reader = new GraphReader(dataset);
        NewestFirst walk = new NewestFirst(reader, reader.dates(), QUERIES);
        int walked = 0;
        for (ActivityScope scope : List.of(ActivityScope.all(), ActivityScope.entity(ActivityStore.entity("iraq")),
                ActivityScope.entity(ActivityStore.entity("anbar")), ActivityScope.entity(ActivityStore.entity("tehran")),
                ActivityScope.search(List.of(ActivityStore.entity("syria"), ActivityStore.entity("mosul"))))) {
            for (FacetSelection facets : List.of(FacetSelection.NONE,
                    FacetSelection.parse(Map.of("type", new String[] {"Claim", EventType.ASSAULT.localName()})),
                    FacetSelection.parse(Map.of("from", new String[] {"2020-03"}, "to", new String[] {"2021"})),
                    FacetSelection.parse(Map.of("place", new String[] {"iraq"})))) {
                for (long offset : new long[] {0, 1, 30, 101, 250}) {
                    Optional<List<Row>> page = reader.read(() -> walk.page(scope, facets, 101, offset));
                    List<Row> sorted = reader.select(QUERIES.tablePage(scope, facets, 101, offset));
                    if (page.isPresent()) {
                        walked++;
                        assertEquals(sorted, page.get(), scope + " " + facets + " from " + offset);
                    }
                }
            }
        }
        assertTrue(walked > 40, "most pages are walked: " + walked);
    }

    @Test
    void undatedItemsComeLastAndAreLeftToTheSort() {
        GraphReader reader = new GraphReader(dataset);
        NewestFirst walk = new NewestFirst(reader, reader.dates(), QUERIES);
        ActivityScope all = ActivityScope.all();
        long total = reader.select(QUERIES.table(all, FacetSelection.NONE)).size();
        assertTrue(reader.select(QUERIES.tablePage(all, FacetSelection.NONE, 1, total - 1)).get(0).node("date").isEmpty(),
                "the store has undated items, last");
        assertEquals(Optional.empty(), reader.read(() -> walk.page(all, FacetSelection.NONE, 10, total - 5)));
    }

    @Test
    void aWriteIsSeenByTheNextPage() {
        Dataset own = ActivityStore.dataset(40);
        GraphReader reader = new GraphReader(own);
        NewestFirst walk = new NewestFirst(reader, reader.dates(), QUERIES);
        ActivityScope all = ActivityScope.all();
        List<Row> before = reader.read(() -> walk.page(all, FacetSelection.NONE, 5, 0)).orElseThrow();
        String newest = ActivityStore.IRIS.claim("late.txt", 0);
        Txn.executeWrite(own, () -> {
            Model m = own.getNamedModel(ActivityStore.IRIS.document("late.txt"));
            m.createResource(newest, TG.Claim).addProperty(TG.claimText, "later than all")
                    .addProperty(TG.date, m.createTypedLiteral("2030-01-01", XSDDatatype.XSDdate))
                    .addProperty(PROV.wasDerivedFrom, m.createResource(ActivityStore.IRIS.document("late.txt")));
        });
        List<Row> after = reader.read(() -> walk.page(all, FacetSelection.NONE, 5, 0)).orElseThrow();
        assertFalse(before.stream().anyMatch(r -> r.iri("item").orElse("").equals(newest)));
        assertEquals(newest, after.get(0).iri("item").orElseThrow());
        assertEquals(reader.select(QUERIES.tablePage(all, FacetSelection.NONE, 5, 0)), after);
    }
}
