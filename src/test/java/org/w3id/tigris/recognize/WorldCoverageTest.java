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
    void everyCapitalIsACityOfItsCountryAndTheFullNameBuildsItsInstitutions() {
        List<Mention> m = recognize("Officials of the Government of the Democratic Republic of the Congo met in Kinshasa"
                + " on Monday with envoys from Kigali.");
        assertEquals(EntityType.CITY, get(m, "Kinshasa").type());
        assertEquals(EntityType.CITY, get(m, "Kigali").type());
        assertEquals("government-of-dr-congo", entityOf(get(m, "Government of the Democratic Republic of the Congo")));
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

    @Test
    void aSmallForeignTownNeedsPlaceContext() {
        List<Mention> bare = recognize("Officials said on Monday that Meridian would publish the report within a week.");
        assertTrue(bare.stream().noneMatch(x -> x.text().equals("Meridian") && x.type() == EntityType.CITY),
                bare.toString());
        List<Mention> located = recognize("Officials said on Monday that they had met in Meridian for a week.");
        assertEquals(EntityType.CITY, get(located, "Meridian").type());
    }

    @Test
    void aTownsNameThatStartsAnOutletsNameIsThatOutletSaidShort() {
        List<Mention> m = recognize("The Lakewood Daily News reported the strike on Monday. The minister told Lakewood"
                + " that the army had not fired.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("Lakewood") && x.type() == EntityType.CITY),
                m.toString());
    }

    @Test
    void aStatesDefenceForceAndFederalGovernmentAreGovernmentBodies() {
        List<Mention> m = recognize("Units of the Rwanda Defence Force crossed the border, and the Federal Government"
                + " of Somalia said that it had protested.");
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Rwanda Defence Force").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Federal Government of Somalia").type());
    }

    @Test
    void aDemonymAmongACountrysSpellingsNamesNoCountry() {
        List<Mention> m = recognize("The wounded were taken to the Saudi Hospital, which was shelled again on Monday.");
        assertTrue(m.stream().noneMatch(x -> x.type() == EntityType.COUNTRY), m.toString());
    }
}
