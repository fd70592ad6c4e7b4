package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.GEO;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/** "The same event in other sources": the same day and the same place, or no match. */
class SameEventTest {
    private static final double[] MOSUL = {43.11889, 36.335};
    private static final double[] MAKHMOUR = {43.5889, 35.7758};
    private static final double[] MOSUL_AIRPORT = {43.1478, 36.3058};

    private static SameEvent.WhenWhere at(String day, String place, double[] point) {
        return new SameEvent.WhenWhere(day == null ? Set.of() : Set.of(LocalDate.parse(day)),
                place == null ? Map.of() : Map.of(place, new SameEvent.Place(place, Optional.ofNullable(point))));
    }

    @Test
    void theSameDayAndPlaceMatch() {
        assertTrue(SameEvent.agree(at("2016-10-18", "mosul", MOSUL), at("2016-10-18", "mosul", MOSUL)));
        assertTrue(SameEvent.agree(at("2016-10-18", "mosul", MOSUL), at("2016-10-19", "mosul", null)), "a day apart");
        assertTrue(SameEvent.agree(at("2016-10-18", "mosul", MOSUL), at("2016-10-18", "mosul-airport", MOSUL_AIRPORT)),
                "places a few km apart");
    }

    @Test
    void anotherDayOrPlaceIsAnotherEvent() {
        assertTrue(SameEvent.kilometres(MOSUL, MAKHMOUR) > 60);
        assertFalse(SameEvent.agree(at("2016-10-18", "mosul", MOSUL), at("2016-10-18", "makhmour", MAKHMOUR)),
                "Mosul is not Makhmour");
        assertFalse(SameEvent.agree(at("2016-10-18", "mosul", MOSUL), at("2016-10-21", "mosul", MOSUL)),
                "three days later is another strike");
        assertFalse(SameEvent.agree(at("2016-10-18", "mosul", null), at("2016-10-18", "mosul-airport", MOSUL_AIRPORT)),
                "a place without a point agrees only with itself");
        assertFalse(SameEvent.agree(at(null, "mosul", MOSUL), at("2016-10-18", "mosul", MOSUL)), "no day, no match");
        assertFalse(SameEvent.agree(at("2016-10-18", null, null), at("2016-10-18", "mosul", MOSUL)), "no place, no match");
    }

    @Test
    void theEventPageOffersOnlyTrueMatches() {
        Dataset dataset = SampleGraph.dataset();
        String base = SampleGraph.entity("ain-al-asad");
        Txn.executeWrite(dataset, () -> {
            Model m = dataset.getNamedModel(SampleGraph.IRIS.document(SampleGraph.GAMMA));
            Resource far = m.createResource(SampleGraph.entity("al-taqaddum"), TG.Facility)
                    .addProperty(RDFS.label, "Al-Taqaddum")
                    .addProperty(GEO.hasGeometry, m.createResource(SampleGraph.entity("al-taqaddum") + "#geometry")
                            .addProperty(RDF.type, GEO.Geometry)
                            .addProperty(GEO.asWKT, m.createTypedLiteral("POINT(43.597 33.338)", GEO.wktLiteralIri)));
            event(m, "#later", "2020-03-14", XSDDatatype.XSDdate, m.createResource(base));
            event(m, "#elsewhere", "2020-03-10", XSDDatatype.XSDdate, far);
            event(m, "#that-month", "2020-03", XSDDatatype.XSDgYearMonth, m.createResource(base));
            event(m, "#same", "2020-03-10", XSDDatatype.XSDdate, m.createResource(base));
        });
        List<String> same = SameEvent.of(new GraphReader(dataset), SampleGraph.alphaEvent());
        assertEquals(List.of(SampleGraph.betaEvent(), SampleGraph.IRIS.document(SampleGraph.GAMMA) + "#same").stream()
                .sorted().toList(), same.stream().sorted().toList());
    }

    private static void event(Model m, String fragment, String date, XSDDatatype type, Resource place) {
        m.createResource(SampleGraph.IRIS.document(SampleGraph.GAMMA) + fragment, TG.resource("Assault"))
                .addProperty(TG.place, place)
                .addProperty(TG.date, m.createTypedLiteral(date, type))
                .addProperty(PROV.wasDerivedFrom, m.createResource(SampleGraph.IRIS.document(SampleGraph.GAMMA)));
    }
}
