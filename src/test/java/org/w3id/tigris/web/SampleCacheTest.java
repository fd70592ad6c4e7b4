package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A scope's sample is read once while the store is unchanged, and a write is on the next page:
 * its counts, timeline and table show a document stored after the page was first shown.
 */
class SampleCacheTest {
    @Test
    void keptWhileTheStoreIsUnchangedAndReadAgainAfterAWrite() {
        Dataset dataset = ActivityStore.dataset(40);
        GraphReader reader = new GraphReader(dataset);
        ActivityScope iraq = ActivityScope.entity(ActivityStore.entity("iraq"));
        ScopeSample first = reader.read(() -> sample(reader, iraq));
        assertSame(first, reader.read(() -> sample(reader, iraq)), "the same state: the same sample");
        String before = page(reader, iraq);

        String claim = ActivityStore.IRIS.claim("late.txt", 0);
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getNamedModel(ActivityStore.IRIS.document("late.txt"));
            m.createResource(claim, TG.Claim).addProperty(TG.claimText, "said after the first page")
                    .addProperty(TG.claimant, m.createResource(ActivityStore.entity("iraq")))
                    .addProperty(PROV.wasDerivedFrom, m.createResource(ActivityStore.IRIS.document("late.txt")))
                    .addProperty(TG.date, m.createTypedLiteral("2030-01-01", XSDDatatype.XSDdate));
        });
        assertNotSame(first, reader.read(() -> sample(reader, iraq)), "a write: the sample read again");
        String after = page(reader, iraq);
        assertFalse(before.contains("said after the first page"), "not on the page before the write");
        assertTrue(after.contains("said after the first page"), "on the timeline and in the table after it");
        assertTrue(after.contains("2030"), "its year among the counts");
    }

    private static ScopeSample sample(GraphReader reader, ActivityScope scope) {
        return reader.samples().get(StoreState.of(reader.dataset().asDatasetGraph()), scope, FacetSelection.NONE,
                () -> ScopeSample.read(reader, new ActivityQueries(ActivityStore.IRIS), scope, FacetSelection.NONE));
    }

    private static String page(GraphReader reader, ActivityScope scope) {
        PageContext context = PageContext.of(reader, new Links(ActivityStore.IRIS, ""), "kg", Map.of());
        return reader.read(() -> new ActivitySection(context, new Tables(ActivityStore.IRIS))
                .render(scope, FacetSelection.NONE, 0, "/page/entity/iraq", "", "entity=iraq"));
    }
}
