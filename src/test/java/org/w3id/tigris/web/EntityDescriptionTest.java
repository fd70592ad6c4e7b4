package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** An entity's description read by skipping copies is the one describe.rq gives. */
class EntityDescriptionTest {
    private static void same(Dataset dataset, String iri) {
        GraphReader reader = new GraphReader(dataset);
        Model described = new ResourceDescriber(reader).describe(iri, ResourceKind.ENTITY).orElseThrow();
        Model constructed = reader.construct(KgQuery.DESCRIBE, q -> q.setIri("this", iri));
        assertTrue(constructed.size() > 0, iri);
        assertTrue(described.isIsomorphicWith(constructed), () -> iri + "\n" + described.difference(constructed)
                + "\nmissing:\n" + constructed.difference(described));
    }

    @Test
    void everyEntityOfTheSampleStore() {
        for (String slug : List.of("anbar", "iraq", "kataib-hezbollah", "ain-al-asad", "iran", "iraqi-defense-ministry")) {
            same(SampleGraph.dataset(), SampleGraph.entity(slug));
        }
    }

    @Test
    void placesNamedByHundredsOfDocumentsAndARawWrite() {
        Dataset dataset = ActivityStore.dataset(60);
        Txn.executeWrite(dataset, () -> dataset.getNamedModel(ActivityStore.IRIS.document("doc3.txt"))
                .add(dataset.getDefaultModel().createResource(ActivityStore.entity("iraq")), RDFS.comment, "changed"));
        for (String slug : List.of("iraq", "baghdad", "anbar", "syria")) {
            same(dataset, ActivityStore.entity(slug));
        }
    }
}
