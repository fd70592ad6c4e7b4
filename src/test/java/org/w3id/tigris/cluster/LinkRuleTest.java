package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkRuleTest {
    static final String TG = "https://w3id.org/tigris/ontology#";
    static final String E = "http://localhost:3030/id/entity/";
    static final String SUDAN = E + "sudan";
    static final String NORTH_DARFUR = E + "north-darfur";
    static final String EL_FASHER = E + "el-fasher";
    static final String ABU_SHOUK = E + "abu-shouk";
    static final String NYALA = E + "nyala";
    static final String RSF = E + "rapid-support-forces";
    static final String SAF = E + "sudan-armed-forces";

    static final Places PLACES = new Places(
            Map.of(ABU_SHOUK, Set.of(EL_FASHER), EL_FASHER, Set.of(NORTH_DARFUR), NORTH_DARFUR, Set.of(SUDAN),
                    NYALA, Set.of(SUDAN)),
            Set.of(SUDAN), Set.of(NORTH_DARFUR));
    static final LinkRule RULE = LinkRule.builder().places(PLACES).build();

    static EventReport report(String id, String type, String doc, String date, Set<String> places,
                              Set<String> agents, Set<String> targets, Integer killed) {
        return new EventReport("http://localhost:3030/id/event/" + id, TG + type, "http://localhost:3030/id/document/" + doc,
                date, places, agents, targets,
                killed == null ? OptionalInt.empty() : OptionalInt.of(killed), OptionalInt.empty());
    }

    static EventReport strike(String id, String doc, String date, String place, Set<String> agents) {
        return report(id, "Assault", doc, date, place == null ? Set.of() : Set.of(place), agents, Set.of(), null);
    }

    @Test
    void sameDayPlaceAndAgentIsOneEvent() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of(RSF));
        assertEquals(7, RULE.link(a, b).orElseThrow());
    }

    @Test
    void adjacentDaysAndAPlaceWithinTheOtherLink() {
        // an overnight strike dated to either day; Abu Shouk camp lies in El Fasher
        EventReport a = strike("a", "d1", "2026-10-12", ABU_SHOUK, Set.of());
        EventReport b = strike("b", "d2", "2026-10-13", EL_FASHER, Set.of());
        assertEquals(5, RULE.link(a, b).orElseThrow());
    }

    @Test
    void datesFurtherApartThanTheToleranceDoNotLink() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = strike("b", "d2", "2026-10-14", EL_FASHER, Set.of(RSF));
        assertTrue(RULE.link(a, b).isEmpty());
        assertTrue(LinkRule.builder().places(PLACES).dateToleranceDays(2).build().link(a, b).isPresent());
    }

    @Test
    void differentPlacesDoNotLinkEvenWithSameDayAndAgent() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = strike("b", "d2", "2026-10-12", NYALA, Set.of(RSF));
        assertFalse(RULE.compatible(a, b));
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void differentTypesDoNotLink() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = report("b", "Accuse", "d2", "2026-10-12", Set.of(EL_FASHER), Set.of(RSF), Set.of(), null);
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void twoEventsOfOneDocumentAreNeverLinked() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = strike("b", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void aWholeCountryIsCompatibleButNoEvidence() {
        // "in Sudan" fits "in El Fasher", but a country holds too many strikes a day to tell
        EventReport a = strike("a", "d1", "2026-10-12", SUDAN, Set.of());
        EventReport b = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of());
        assertTrue(RULE.compatible(a, b));
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void aMonthContainsItsDaysAndExcludesOthers() {
        EventReport month = strike("a", "d1", "2026-10", EL_FASHER, Set.of(RSF));
        EventReport inside = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport outside = strike("c", "d3", "2026-11-02", EL_FASHER, Set.of(RSF));
        assertEquals(5, RULE.link(month, inside).orElseThrow()); // the month, the town and the agent
        assertTrue(RULE.link(month, outside).isEmpty());
    }

    @Test
    void undatedUnplacedReportsNeedMoreThanASharedAgent() {
        // "RSF attacked" twice, no day, no place: two of RSF's many attacks
        EventReport a = strike("a", "d1", null, null, Set.of(RSF));
        EventReport b = strike("b", "d2", null, null, Set.of(RSF));
        assertTrue(RULE.compatible(a, b));
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void agentOfOneAndTargetOfTheOtherIsNoSharedParticipant() {
        // "RSF attacked SAF" and "SAF attacked RSF" on one day: not the same event by participants
        EventReport a = report("a", "Assault", "d1", "2026-10-12", Set.of(), Set.of(RSF), Set.of(SAF), null);
        EventReport b = report("b", "Assault", "d2", "2026-10-12", Set.of(), Set.of(SAF), Set.of(RSF), null);
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void sourcesDisagreeingOnWhoDidItStillLinkOnDayAndPlace() {
        EventReport a = strike("a", "d1", "2026-10-12", EL_FASHER, Set.of(RSF));
        EventReport b = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of(SAF));
        assertEquals(5, RULE.link(a, b).orElseThrow());
    }

    @Test
    void aRegionSaysLessThanATown() {
        // a region holds several strikes a day, and one side strikes there for months
        EventReport dayInRegion = strike("a", "d1", "2026-10-12", NORTH_DARFUR, Set.of());
        EventReport dayInTown = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of());
        assertTrue(RULE.link(dayInRegion, dayInTown).isEmpty());
        EventReport monthInRegion = strike("c", "d3", "2026-10", NORTH_DARFUR, Set.of(RSF));
        EventReport monthInTown = strike("d", "d4", "2026-10", EL_FASHER, Set.of(RSF));
        assertTrue(RULE.link(monthInRegion, monthInTown).isEmpty());
        EventReport rsfDayInRegion = strike("e", "d5", "2026-10-12", NORTH_DARFUR, Set.of(RSF));
        assertEquals(6, RULE.link(rsfDayInRegion, strike("f", "d6", "2026-10-12", EL_FASHER, Set.of(RSF))).orElseThrow());
    }

    @Test
    void aMonthATownAndAParticipantLinkButAYearOrNoDateDoesNot() {
        EventReport day = strike("a", "d1", "2026-10-12", ABU_SHOUK, Set.of(RSF));
        assertEquals(5, RULE.link(day, strike("b", "d2", "2026-10", EL_FASHER, Set.of(RSF))).orElseThrow());
        assertTrue(RULE.link(day, strike("c", "d3", "2026", EL_FASHER, Set.of(RSF))).isEmpty());
        assertTrue(RULE.link(day, strike("d", "d4", null, EL_FASHER, Set.of(RSF))).isEmpty());
    }

    @Test
    void theSameCountryIsNoEvidence() {
        EventReport a = strike("a", "d1", "2026-10-12", SUDAN, Set.of());
        EventReport b = strike("b", "d2", "2026-10-12", SUDAN, Set.of());
        assertTrue(RULE.compatible(a, b));
        assertTrue(RULE.link(a, b).isEmpty());
    }

    @Test
    void twoSpeakersAccusingOneTargetAreTwoAccusations() {
        EventReport army = report("a", "Accuse", "d1", "2026-10-12", Set.of(), Set.of(SAF), Set.of(RSF), null);
        EventReport elders = report("b", "Accuse", "d2", "2026-10-13", Set.of(), Set.of(), Set.of(RSF), null);
        assertTrue(RULE.link(army, elders).isEmpty());
        EventReport armyAgain = report("c", "Accuse", "d3", "2026-10-12", Set.of(), Set.of(SAF), Set.of(), null);
        assertEquals(5, RULE.link(army, armyAgain).orElseThrow());
    }

    @Test
    void aTownThatIsTheTargetAndThePlaceCountsOnce() {
        // two attacks on one town in one month: the town as target is the place again, not a participant
        EventReport a = report("a", "Assault", "d1", "2026-10", Set.of(EL_FASHER), Set.of(), Set.of(EL_FASHER), null);
        EventReport b = report("b", "Assault", "d2", "2026-10", Set.of(EL_FASHER), Set.of(), Set.of(EL_FASHER, ABU_SHOUK), null);
        assertTrue(RULE.link(a, b).isEmpty());
        // a participant besides the place still counts
        EventReport c = report("c", "Assault", "d3", "2026-10", Set.of(EL_FASHER), Set.of(RSF), Set.of(EL_FASHER), null);
        EventReport d = report("d", "Assault", "d4", "2026-10", Set.of(EL_FASHER), Set.of(RSF), Set.of(), null);
        assertEquals(5, RULE.link(c, d).orElseThrow());
    }

    @Test
    void aCountryNamedAsWhoActedIsWeakEvidence() {
        // the month, one town and the state as the attacker: two attacks of a war, not one
        EventReport a = strike("a", "d1", "2026-10", EL_FASHER, Set.of(SUDAN));
        EventReport b = strike("b", "d2", "2026-10-12", EL_FASHER, Set.of(SUDAN));
        assertTrue(RULE.link(a, b).isEmpty());
        // the day and the town still link, the state adding its point
        assertEquals(6, RULE.link(strike("c", "d3", "2026-10-12", EL_FASHER, Set.of(SUDAN)), b).orElseThrow());
        // a state that speaks is the speaker
        EventReport said = report("d", "Accuse", "d4", "2026-10-12", Set.of(), Set.of(SUDAN), Set.of(), null);
        EventReport saidAgain = report("e", "Accuse", "d5", "2026-10-12", Set.of(), Set.of(SUDAN), Set.of(), null);
        assertEquals(5, RULE.link(said, saidAgain).orElseThrow());
    }
}
