package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.tigris.cluster.LinkRuleTest.report;
import static org.w3id.tigris.cluster.LinkRuleTest.strike;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Places the gazetteer does not know (a camp, a crossing, an airport the name recognizer
 * found, with no tg:locatedIn) and one place under two names: what they say about two
 * reports being one event.
 */
class PlaceNamesLinkTest {
    static final String E = "http://localhost:3030/id/entity/";
    static final String LIBYA = E + "libya";
    static final String TRIPOLI = E + "tripoli";
    static final String MISRATA = E + "misrata";
    static final String MITIGA_AIRPORT = E + "mitiga-airport";
    static final String ZAWIYA_CAMP = E + "zawiya-camp";
    static final String LALA_CAMP = E + "lala-camp";
    static final String LALA_SITE = E + "lala-displacement-site";
    static final String LALA = E + "lala";
    static final String CHONG_CHOM = E + "chong-chom";
    static final String CHONG_CHOM_CROSSING = E + "chong-chom-crossing";
    static final String THAILAND = E + "thailand";
    static final String BRIGADE = E + "444th-combat-brigade";

    static final Places PLACES = new Places(
            Map.of(TRIPOLI, Set.of(LIBYA), MISRATA, Set.of(LIBYA)),
            Set.of(LIBYA, THAILAND), Set.of(),
            Map.of(TRIPOLI, "Tripoli", MISRATA, "Misrata", MITIGA_AIRPORT, "Mitiga airport", ZAWIYA_CAMP, "Zawiya camp",
                    LALA_CAMP, "Lala camp", LALA_SITE, "Lala displacement site", LALA, "Lala",
                    CHONG_CHOM, "Chong Chom", CHONG_CHOM_CROSSING, "Chong Chom crossing", THAILAND, "Thailand"));
    static final LinkRule RULE = LinkRule.builder().places(PLACES).build();

    @Test
    void aPlaceNobodyLocatedDoesNotContradictALocatedOne() {
        // the airport may well lie in the town: no more a contradiction than a report with no place
        EventReport town = strike("a", "d1", "2026-10-25", TRIPOLI, Set.of(BRIGADE));
        EventReport airport = strike("b", "d2", "2026-10-25", MITIGA_AIRPORT, Set.of(BRIGADE));
        assertTrue(RULE.compatible(town, airport));
        assertEquals(5, RULE.link(town, airport).orElseThrow()); // the day and the brigade; the airport adds nothing
        // two located towns apart still contradict, and so do two unlocated places of other names
        assertFalse(RULE.compatible(town, strike("c", "d3", "2026-10-25", MISRATA, Set.of(BRIGADE))));
        assertFalse(RULE.compatible(airport, strike("d", "d4", "2026-10-25", ZAWIYA_CAMP, Set.of(BRIGADE))));
    }

    @Test
    void oneSiteUnderTwoNamesIsOnePlace() {
        // "Lala camp" and "Lala displacement site": the kind words differ, the name does not
        EventReport camp = strike("a", "d1", "2026-10-28", LALA_CAMP, Set.of());
        EventReport site = strike("b", "d2", "2026-10-28", LALA_SITE, Set.of());
        assertTrue(RULE.compatible(camp, site));
        assertEquals(5, RULE.link(camp, site).orElseThrow()); // the day and one local place
        assertTrue(RULE.compatible(camp, strike("c", "d3", "2026-10-28", LALA, Set.of())));
        assertFalse(RULE.compatible(camp, strike("d", "d4", "2026-10-28", ZAWIYA_CAMP, Set.of())));
    }

    @Test
    void aTargetNamedWithAndWithoutItsKindIsOneParticipant() {
        // Thailand closes "the Chong Chom crossing" in one report and "Chong Chom" in the other, a day apart
        EventReport a = report("a", "Coerce", "d1", "2026-11-25", Set.of(), Set.of(THAILAND), Set.of(CHONG_CHOM), null);
        EventReport b = report("b", "Coerce", "d2", "2026-11-26", Set.of(), Set.of(THAILAND), Set.of(CHONG_CHOM_CROSSING), null);
        assertEquals(5, RULE.link(a, b).orElseThrow()); // the day, the crossing, the state that closed it
    }
}
