package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.segment.Segmenter;

/** Countries, first-level divisions and capitals of the whole world, from the derived world tables. */
class WorldCoverageTest {
    private static Gazetteers gazetteers;
    private static Recognizer recognizer;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.load();
        recognizer = new Recognizer(gazetteers);
        annotator = new Annotator(AnnotationModels.load());
    }

    private static List<Mention> recognize(String text) {
        return recognizer.recognize(text, annotator.annotate(text, new Segmenter().segment(text)));
    }

    private static Mention get(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    private static String entityOf(Mention m) {
        String key = m.gazetteerKey().orElseThrow(() -> new AssertionError("no gazetteer key: " + m));
        return gazetteers.entry(key).map(GazetteerEntry::id).orElse(key);
    }

    @Test
    void countriesOfEveryContinentAreCountries() {
        List<Mention> m = recognize("Troops from Chad and Niger joined forces from the Central African Republic,"
                + " while Myanmar and Georgia sent observers.");
        for (String name : List.of("Chad", "Niger", "Central African Republic", "Myanmar", "Georgia")) {
            assertEquals(EntityType.COUNTRY, get(m, name).type(), name);
        }
        assertEquals("central-african-republic", entityOf(get(m, "Central African Republic")));
    }

    @Test
    void aCountrysNameInsideAPersonsNameIsNoCountry() {
        List<Mention> m = recognize("On Monday the envoy Chad Daniels said that he had spoken with the rebels.");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COUNTRY), m.toString());
        List<Mention> country = recognize("On Monday the army of Chad said that it had spoken with the rebels.");
        assertEquals(EntityType.COUNTRY, get(country, "Chad").type());
    }

    @Test
    void firstLevelDivisionsAreRegions() {
        List<Mention> m = recognize("Fighting spread from Kachin State to South Kordofan, and from Ituri Province"
                + " to Lower Shabelle and the Harari region.");
        for (String name : List.of("Kachin State", "South Kordofan", "Ituri Province", "Lower Shabelle")) {
            assertEquals(EntityType.REGION, get(m, name).type(), name);
        }
        assertEquals("south-kordofan", entityOf(get(m, "South Kordofan")));
    }

    @Test
    void fuzzyMatchingNeverTurnsOnePlaceIntoAnother() {
        // "Harari" and "Harare" fold to one key: the Ethiopian region is not Zimbabwe's capital
        List<Mention> region = recognize("Clashes were reported in Harari on Monday.");
        assertEquals(EntityType.REGION, get(region, "Harari").type());
        assertEquals(Optional.of("ET"), country(get(region, "Harari")));
        List<Mention> city = recognize("Talks were held in Harare on Monday.");
        assertEquals(EntityType.CITY, get(city, "Harare").type());
        assertEquals(Optional.of("ZW"), country(get(city, "Harare")));
    }

    private static Optional<String> country(Mention m) {
        String key = m.gazetteerKey().orElseThrow();
        String country = gazetteers.entry(key).flatMap(GazetteerEntry::country).orElseThrow();
        for (String iso : List.of("ET", "ZW")) {
            if (gazetteers.countryByIso(iso).equals(Optional.of(country))) {
                return Optional.of(iso);
            }
        }
        return Optional.empty();
    }

    @Test
    void aCapitalNamedAsASpeakerIsItsState() {
        List<Mention> m = recognize("Kinshasa said the rebels had broken the truce. Moscow denied any role.");
        assertEquals("dr-congo", entityOf(get(m, "Kinshasa")));
        assertEquals(EntityType.COUNTRY, get(m, "Kinshasa").type());
        assertEquals("russia", entityOf(get(m, "Moscow")));
    }

    @Test
    void aStatesAirForceAndNationalArmyAreGovernmentBodies() {
        List<Mention> m = recognize("The Sudanese Air Force bombed the town. The Somali National Army retook it.");
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Sudanese Air Force").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Somali National Army").type());
    }

    @Test
    void campsAndShipsAreFacilities() {
        List<Mention> m = recognize("Thousands of people fled to Zamzam camp. The Houthis seized the MV Galaxy Leader"
                + " in the southern waters of the sea.");
        assertEquals(EntityType.FACILITY, get(m, "Zamzam camp").type());
        assertEquals(EntityType.FACILITY, get(m, "MV Galaxy Leader").type());
    }
}
