package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.typing.NameInContext;
import org.w3id.tigris.recognize.typing.NameTyper;
import org.w3id.tigris.segment.Segmenter;

/** Names no gazetteer knows and no cue word types: the shipped name typer decides. */
class UnknownNamesTest {
    private static Gazetteers gazetteers;
    private static Recognizer recognizer;
    private static Annotator annotator;
    private static NameTyper typer;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.load();
        recognizer = new Recognizer(gazetteers);
        annotator = new Annotator(AnnotationModels.load());
        typer = NameTyper.load(gazetteers.nameFeatures());
    }

    private static Mention mention(String text, String name) {
        List<Mention> m = recognizer.recognize(text, annotator.annotate(text, new Segmenter().segment(text)));
        return m.stream().filter(x -> x.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + name + "' in " + m));
    }

    private static String type(String name) {
        return typer.type(NameInContext.bare(name)).type();
    }

    @Test
    void anUnknownPlaceIsNoLongerAPersonByDefault() {
        // Before the typer, any two-word chunk without a cue was a Person.
        Mention m = mention("Aid convoys reached Qasr Shirinabad on Tuesday.", "Qasr Shirinabad");
        assertEquals(EntityType.CITY, m.type());
        assertEquals(ProperNounLayer.LAYER, m.layer());
        double c = m.confidence().orElseThrow(() -> new AssertionError("the typer's confidence is kept"));
        assertTrue(c > 0.5 && c <= 1.0, "confidence " + c);
    }

    @Test
    void anUnknownPersonStaysAPersonWithTheTypersConfidence() {
        Mention m = mention("Abu Khadijah was killed in the raid on Tuesday.", "Abu Khadijah");
        assertEquals(EntityType.PERSON, m.type());
        assertTrue(m.confidence().isPresent());
    }

    @Test
    void aPersonOfAnotherRegionIsAPersonWithTheTypersConfidence() {
        // the typer took such names for towns before it learnt the world's given names and surnames
        Mention m = mention("Residents said Kwabena Asante was arrested on Tuesday.", "Kwabena Asante");
        assertEquals(EntityType.PERSON, m.type());
        double c = m.confidence().orElseThrow(() -> new AssertionError("the typer's confidence is kept"));
        assertTrue(c > 0.5 && c <= 1.0, "confidence " + c);
    }

    @Test
    void aSurnameOfAPersonTheDocumentNamesIsThatPerson() {
        // The typer alone takes a lone "Al-Rikabi" for no person; the document says whose name it is.
        assertNotEquals("Person", type("Al-Rikabi"));
        String text = "Militia leader Muntadhar al-Rikabi was seen in Basra. Residents said Al-Rikabi left at dawn.";
        List<Mention> m = recognizer.recognize(text, annotator.annotate(text, new Segmenter().segment(text)));
        Mention surname = m.stream().filter(x -> x.begin() == text.indexOf("Al-Rikabi")).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of Al-Rikabi in " + m));
        assertEquals(EntityType.PERSON, surname.type());
    }

    @Test
    void aNameACueTypesElsewhereInTheDocumentTakesThatType() {
        String text = "Al-Shabaab said it held the town. Al-Shabaab militants attacked a base near Mogadishu.";
        List<Mention> m = recognizer.recognize(text, annotator.annotate(text, new Segmenter().segment(text)));
        List<Mention> group = m.stream().filter(x -> x.text().equals("Al-Shabaab")).toList();
        assertEquals(2, group.size(), m.toString());
        group.forEach(x -> assertEquals(EntityType.ARMED_GROUP, x.type(), x.toString()));
    }

    @Test
    void aNameTypedByAGazetteerOrACueCarriesNoConfidence() {
        assertTrue(mention("Fighters gathered in Basra on Tuesday.", "Basra").confidence().isEmpty());
        assertTrue(mention("Prime Minister Kareem Shawwaf said on Tuesday the talks failed.", "Kareem Shawwaf")
                .confidence().isEmpty(), "a title types the name");
    }

    @Test
    void unseenNamesAreTypedByWhatTheyAre() {
        Set<String> known = gazetteers.entries().stream().map(GazetteerEntry::label).collect(Collectors.toSet());
        List<String> unseen = List.of("Chadian Air Force", "Ituri Province", "Zamzam Camp", "Abiy Ahmed",
                "Kordofan People's Liberation Movement-North", "Tel Hamidiyah");
        unseen.forEach(n -> assertTrue(!known.contains(n), n + " is a gazetteer name: pick another"));
        assertEquals("GovernmentBody", type("Chadian Air Force"));
        assertEquals("Region", type("Ituri Province"));
        assertEquals("Facility", type("Zamzam Camp"));
        assertEquals("Person", type("Abiy Ahmed"));
        // an insurgents' liberation movement, as the gold types the SPLM-North (once, with no
        // such movement among its examples, the typer called it an Organization)
        assertEquals("ArmedGroup", type("Kordofan People's Liberation Movement-North"));
        assertEquals("City", type("Tel Hamidiyah"));
        assertNotEquals("Person", type("Light Infantry Battalion 99"));
    }

    @Test
    void administrativeAndCampKindsTypeTheNameTheyFollow() {
        // lower-case kinds of place after a name no gazetteer knows
        assertEquals(EntityType.FACILITY, mention("Shells fell on the Kalemie displacement camp overnight.",
                "Kalemie displacement camp").type());
        assertEquals(EntityType.REGION, mention("Fighting spread across Walungu territory on Friday.",
                "Walungu territory").type());
        assertEquals(EntityType.REGION, mention("Troops entered Hseni township at dawn.", "Hseni township").type());
    }

    @Test
    void aStationNamedRadioIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, mention("Radio Maendeleo reported heavy gunfire.", "Radio Maendeleo").type());
        assertEquals(EntityType.ORGANIZATION, mention("Listeners told Sauti FM that the road was closed.", "Sauti FM").type());
    }
}
