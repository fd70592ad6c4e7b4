package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** The names of many events and claims looked up in one query are those each looked up alone gives. */
class LabelsTest {
    @Test
    void itemsNamedTogetherAsAlone() {
        for (Dataset dataset : List.of(SampleGraph.dataset(), ActivityStore.dataset(80))) {
            GraphReader reader = new GraphReader(dataset);
            List<String> items = reader.select(reader.prepared(KgQuery.DOCUMENTS, q -> { })).isEmpty() ? List.of()
                    : reader.select(org.apache.jena.query.QueryFactory.create("""
                            SELECT DISTINCT ?s WHERE { ?s a ?t FILTER(STRSTARTS(STR(?t), "https://w3id.org/tigris/ontology#"))
                              FILTER(CONTAINS(STR(?s), "/id/event/") || CONTAINS(STR(?s), "/id/claim/")) }"""))
                    .stream().map(r -> r.iri("s").orElseThrow()).toList();
            assertTrue(items.size() > 5, "events and claims to name: " + items.size());
            Labels together = new Labels(reader);
            reader.read(() -> {
                together.preloadItems(items);
                return null;
            });
            Labels alone = new Labels(reader);
            for (String item : items) {
                assertEquals(alone.of(item), together.of(item), item);
            }
        }
    }
}
