package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.tigris.cluster.LinkRuleTest.EL_FASHER;
import static org.w3id.tigris.cluster.LinkRuleTest.NYALA;
import static org.w3id.tigris.cluster.LinkRuleTest.PLACES;
import static org.w3id.tigris.cluster.LinkRuleTest.RSF;
import static org.w3id.tigris.cluster.LinkRuleTest.RULE;
import static org.w3id.tigris.cluster.LinkRuleTest.strike;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventClustererTest {
    private final EventClusterer clusterer = new EventClusterer(RULE, PLACES);

    private static List<List<String>> ids(List<List<EventReport>> clusters) {
        return clusters.stream().map(c -> c.stream().map(r -> r.iri().substring(r.iri().lastIndexOf('/') + 1)).toList()).toList();
    }

    @Test
    void threeReportsOfOneStrikeFormOneCluster() {
        List<EventReport> reports = List.of(
                strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF)),
                strike("b", "d2", "2026-10-12", EL_FASHER, Set.of()),
                strike("c", "d3", "2026-10", EL_FASHER, Set.of(RSF)),
                strike("other", "d4", "2026-10-12", NYALA, Set.of(RSF)));
        assertEquals(List.of(List.of("a", "b", "c")), ids(clusterer.cluster(reports)));
    }

    @Test
    void aChainDoesNotJoinReportsThatContradict() {
        // b links to a (same day, agent) and to c (next day, agent), but a and c are in
        // different towns: b joins the closer link, and c cannot join a's cluster
        List<EventReport> reports = List.of(
                strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF)),
                strike("b", "d2", "2026-10-12", null, Set.of(RSF)),
                strike("c", "d3", "2026-10-13", NYALA, Set.of(RSF)));
        List<List<String>> clusters = ids(clusterer.cluster(reports));
        assertEquals(1, clusters.size());
        assertTrue(clusters.get(0).contains("b"));
        assertTrue(!clusters.get(0).containsAll(List.of("a", "c")));
    }

    @Test
    void aDocumentReportsOnceInACluster() {
        // two strikes in El Fasher in one document are two events; the other source's report joins one
        List<EventReport> reports = List.of(
                strike("a1", "d1", "2026-10-12", EL_FASHER, Set.of(RSF)),
                strike("a2", "d1", "2026-10-12", EL_FASHER, Set.of()),
                strike("b", "d2", "2026-10-12", EL_FASHER, Set.of(RSF)));
        assertEquals(List.of(List.of("a1", "b")), ids(clusterer.cluster(reports)));
    }

    @Test
    void unlinkedReportsMakeNoCluster() {
        List<EventReport> reports = List.of(
                strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF)),
                strike("b", "d2", "2026-11-20", EL_FASHER, Set.of(RSF)));
        assertTrue(clusterer.cluster(reports).isEmpty());
    }

    @Test
    void theReportNamingMoreOfTheSameParticipantsWins() {
        // one government, two accusations on one day in its statement; the wire reports the
        // one against Rwanda
        String gov = LinkRuleTest.E + "government-of-the-drc";
        String m23 = LinkRuleTest.E + "m23";
        String rwanda = LinkRuleTest.E + "rwanda";
        List<EventReport> reports = List.of(
                LinkRuleTest.report("s1", "Accuse", "statement", "2026-11-03", Set.of(), Set.of(gov), Set.of(m23), null),
                LinkRuleTest.report("s2", "Accuse", "statement", "2026-11-03", Set.of(), Set.of(gov), Set.of(rwanda), null),
                LinkRuleTest.report("w", "Accuse", "wire", "2026-11-03", Set.of(), Set.of(gov), Set.of(rwanda), null));
        assertEquals(List.of(List.of("s2", "w")), ids(clusterer.cluster(reports)));
    }
}
