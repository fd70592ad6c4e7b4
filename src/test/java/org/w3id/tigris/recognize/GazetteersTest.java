package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.recognize.GeoPoint;

class GazetteersTest {
    private static GazetteerLoader loader;
    private static Gazetteers gazetteers;

    @BeforeAll
    static void load() {
        loader = new GazetteerLoader();
        gazetteers = loader.load();
    }

    private GazetteerEntry entry(String key) {
        return gazetteers.entry(key).orElseThrow(() -> new AssertionError("no entry " + key));
    }

    @Test
    void countriesHaveTheirCapitalsPoint() {
        GazetteerEntry iraq = entry("iraq");
        assertEquals(EntityType.COUNTRY, iraq.type());
        assertEquals("Q796", iraq.wikidata().orElseThrow());
        assertEquals(33.34, iraq.point().orElseThrow().latitude(), 0.01);
        assertEquals("iraq", gazetteers.countryByIso("IQ").orElseThrow());
    }

    @Test
    void curatedCitiesCarryGeoNamesAndTheirRegion() {
        GazetteerEntry mosul = entry("mosul");
        assertEquals("99072", mosul.geonames().orElseThrow());
        assertEquals("nineveh-province", mosul.locatedIn().orElseThrow());
        assertEquals("iraq", entry("nineveh-province").locatedIn().orElseThrow());
        assertEquals("https://sws.geonames.org/99072/", mosul.point().orElseThrow().source());
    }

    @Test
    void aPlaceGeoNamesLacksCarriesThePageItsPointWasReadFrom() {
        GazetteerEntry zumar = entry("zumar");
        assertTrue(zumar.geonames().isEmpty());
        GeoPoint point = zumar.point().orElseThrow();
        assertEquals(36.65, point.latitude(), 1e-6);
        assertTrue(point.source().startsWith("https://de.wikipedia.org/"), point.source());
    }

    @Test
    void aFacilityCarriesAPointOnlyWithItsSource() {
        GeoPoint airport = entry("baghdad-international-airport").point().orElseThrow();
        assertEquals(33.26, airport.latitude(), 0.01);
        assertTrue(airport.source().startsWith("https://en.wikipedia.org/"), airport.source());
        assertTrue(entry("green-zone").point().isEmpty(), "an area without a sourced point has none");
    }

    @Test
    void everyCuratedCityPointHasASource() {
        for (String id : List.of("baghdad", "makhmour", "al-qaim", "jurf-al-sakhar", "dahiyeh")) {
            GeoPoint point = entry(id).point().orElseThrow(() -> new AssertionError(id + " has no point"));
            assertTrue(point.source().startsWith("https://"), id);
        }
    }

    @Test
    void geoNamesPlacesGetStableDistinctIds() {
        GazetteerEntry tyre = entry("tyre");
        assertEquals("267008", tyre.geonames().orElseThrow());
        GazetteerEntry haditha = entry("haditha");
        assertTrue(haditha.point().isPresent());
        // a place GeoNames alone knows: keyed by its GeoNames id, id from its name
        GazetteerEntry kirkuk = entry("kirkuk");
        assertEquals("kirkuk-province", kirkuk.locatedIn().orElseThrow());
        GazetteerEntry aqaba = entry("geonames:250774");
        assertEquals("aqaba", aqaba.id());
    }

    @Test
    void institutionsAreGeneratedForEveryCountryAndCuratedOnesWin() {
        assertEquals("ministry-of-foreign-affairs-of-iraq", gazetteers.institutionKey("foreign-ministry", "iraq").orElseThrow());
        assertEquals("us-department-of-state", gazetteers.institutionKey("foreign-ministry", "united-states").orElseThrow());
        assertEquals("israel-defense-forces", gazetteers.institutionKey("armed-forces", "israel").orElseThrow());
        assertEquals(EntityType.GOVERNMENT_BODY, entry("government-of-jordan").type());
        assertTrue(entry("government-of-iraq").aliases().contains("Iraqi government"));
    }

    @Test
    void headquartersOfAnOrganizationIsAFacility() {
        GazetteerEntry hq = entry("hezbollah-headquarters");
        assertEquals(EntityType.FACILITY, hq.type());
        assertTrue(gazetteers.entry("iraq-headquarters").isEmpty(), "a country has no headquarters");
    }

    @Test
    void wikidataLinksAreWellFormedAndPlentiful() {
        long linked = 0;
        for (GazetteerEntry e : gazetteers.entries()) {
            if (e.wikidata().isPresent()) {
                assertTrue(e.wikidata().get().matches("Q[1-9][0-9]*"), e.key());
                linked++;
            }
        }
        assertTrue(linked >= 30, "only " + linked + " entities link to Wikidata");
    }

    @Test
    void citiesAndCountriesAlmostAllHaveCoordinates() {
        long places = 0;
        long located = 0;
        for (GazetteerEntry e : gazetteers.entries()) {
            if (e.type() == EntityType.CITY || e.type() == EntityType.COUNTRY) {
                places++;
                located += e.point().isPresent() ? 1 : 0;
            }
        }
        assertTrue(located >= places * 0.9, located + " of " + places);
    }

    @Test
    void noCuratedNameDenotesTwoEntriesUnlessCaseTellsThemApart() {
        // "Al Asad" (the airbase, capitalised) and "al-Assad" (the president) differ by case
        assertEquals(Map.of(), loader.curatedConflicts());
    }

    @Test
    void cueTablesAreLoaded() {
        CueWords cues = gazetteers.cues();
        assertTrue(cues.isStopword("wednesday"));
        assertTrue(cues.isDemonym("iraqi"));
        assertTrue(cues.isGivenName("hassan"));
        assertEquals(EntityType.GOVERNMENT_BODY, cues.head("ministry").orElseThrow());
        assertTrue(cues.head("operation").isEmpty());
        assertFalse(cues.isRole("baghdad"));
    }
}
