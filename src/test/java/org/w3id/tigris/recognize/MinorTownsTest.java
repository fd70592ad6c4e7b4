package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Towns under GeoNames' 15,000-inhabitant cut, far from the seeds' region: found where the text
 * supports a place and the document names the town's country, and nowhere else.
 */
class MinorTownsTest {
    private static Gazetteers gazetteers;
    private static NamesInText names;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.load();
        names = new NamesInText(gazetteers);
    }

    private static Optional<Mention> find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void aTownOfAFewThousandAfterInIsFoundWhereTheDocumentNamesItsCountry() {
        // Vorukh, Tajikistan: 3,836 inhabitants in GeoNames
        List<Mention> m = names.recognize("Tajikistan said on Monday that border guards exchanged fire with"
                + " Kyrgyz troops in Vorukh, killing two civilians.");
        Mention vorukh = NamesInText.get(m, "Vorukh");
        assertEquals(EntityType.CITY, vorukh.type());
        assertEquals(Optional.of("geonames:1220164"), vorukh.gazetteerKey());
        // "the village of", "north of" and a kind word after the name support a place too
        List<Mention> kinds = names.recognize("Cameroon's army said on Monday that separatists attacked the"
                + " village of Tegh, north of Batibo, and burned Mirebalais town.");
        assertEquals(Optional.of("geonames:2234684"), NamesInText.get(kinds, "Batibo").gazetteerKey());
    }

    @Test
    void aTownReadWithSupportOnceIsThatTownThroughoutTheDocument() {
        List<Mention> m = names.recognize("Colombia's army said on Monday that fighting in rural Tibu had"
                + " forced families out. Hundreds have fled to Tibu since Sunday.");
        assertEquals(Optional.of("geonames:3667202"), NamesInText.get(m, "rural Tibu".substring(6)).gazetteerKey());
        assertTrue(m.stream().filter(x -> x.text().equals("Tibu"))
                .allMatch(x -> x.gazetteerKey().equals(Optional.of("geonames:3667202"))));
        assertEquals(2, m.stream().filter(x -> x.text().equals("Tibu")).count());
    }

    @Test
    void fuzzyMatchingTurnsNoTownIntoAnotherPlace() {
        // Siversk, Ukraine (11,068) folds to the key of Seversk, Russia (109,844): spelled as
        // written, it is the Ukrainian town, and without its country named it is no place at all
        List<Mention> m = names.recognize("Ukraine's army said on Monday that Russian troops attacked near Siversk.");
        assertEquals(Optional.of("geonames:694403"), NamesInText.get(m, "Siversk").gazetteerKey());
        List<Mention> bare = names.recognize("The army said on Monday that troops attacked near Siversk.");
        assertTrue(find(bare, "Siversk").flatMap(Mention::gazetteerKey).isEmpty());
    }

    @Test
    void aTownIsNotTakenWhereTheDocumentNamesNotItsCountry() {
        List<Mention> m = names.recognize("Officials said on Monday that border guards exchanged fire with"
                + " troops in Vorukh, killing two civilians.");
        assertFalse(find(m, "Vorukh").flatMap(Mention::gazetteerKey).isPresent());
    }

    @Test
    void aTownIsNotTakenWithoutAPlaceReading() {
        List<Mention> m = names.recognize("Cameroon's army said on Monday that Batibo had told reporters the"
                + " convoy was attacked.");
        assertFalse(find(m, "Batibo").flatMap(Mention::gazetteerKey).isPresent());
        // Good Hope, Louisiana (9,192 inhabitants): "of" after a capitalised word continues a longer name
        List<Mention> cape = names.recognize("The United States said on Monday that ships were sailing around"
                + " the Cape of Good Hope.");
        assertFalse(find(cape, "Good Hope").flatMap(Mention::gazetteerKey).filter(k -> k.startsWith("geonames:")).isPresent());
    }

    @Test
    void aTownBearingAPersonsNameInTheDocumentIsThatPerson() {
        // Sánchez is a town of 11,000 in the Dominican Republic
        List<Mention> m = names.recognize("The Dominican Republic's envoy Pedro Sanchez arrived on Monday. Aides"
                + " said the talks were hosted by Sanchez in Santo Domingo.");
        assertTrue(find(m, "Sanchez").flatMap(Mention::gazetteerKey).isEmpty()
                || find(m, "Sanchez").get().type() != EntityType.CITY);
    }

    @Test
    void aTownThatIsAnEnglishWordIsNoTown() {
        // Calamar, Colombia (9,180 inhabitants) is also the English word for squid: left out of the table
        List<Mention> m = names.recognize("Colombia's army said on Monday that it found calamar and fish in"
                + " Calamar, Guaviare.");
        assertFalse(find(m, "Calamar").flatMap(Mention::gazetteerKey).filter(k -> k.startsWith("geonames:")).isPresent());
    }
}
