package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.tigris.extract.EventsOfType.of;
import static org.w3id.tigris.extract.EventsOfType.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;

/** Event classes seen missed on news of other conflicts (issue 11): each a general English rule. */
class FarEventsTest {
    private static Annotator annotator;
    private static EventExtractor extractor;

    /** The fictional actors and places of these sentences: name, id, type. */
    private static final Map<String, String[]> CAST = Map.of(
            "Jiribam", new String[] {"jiribam", "CITY"},
            "Kuki", new String[] {"kuki", "ARMED_GROUP"},
            "Red Hand coalition", new String[] {"red-hand", "ARMED_GROUP"},
            "Ahiara", new String[] {"ahiara", "CITY"},
            "Hellenic Navy", new String[] {"hellenic-navy", "GOVERNMENT_BODY"},
            "Red Crescent", new String[] {"red-crescent", "ORGANIZATION"},
            "World Food Programme", new String[] {"wfp", "ORGANIZATION"},
            "Ruritania", new String[] {"ruritania", "COUNTRY"});

    @BeforeAll
    static void load() {
        annotator = new Annotator(AnnotationModels.load());
        extractor = new EventExtractor();
    }

    @Test
    void irregularPastFormsOfTriggerVerbsAreFound() {
        for (String sentence : List.of(
                "Kuki fighters overran an army post near Jiribam on Sunday.",
                "Army troops retook the town of Jiribam on Sunday.",
                "Kuki fighters sank a patrol boat near Jiribam on Sunday.")) {
            ExtractionInput in = article(sentence, "Jiribam", "Kuki");
            List<Event> events = extractor.extract(in);
            assertEquals(1, of(EventType.ASSAULT, events).size(), sentence + " " + events);
            Event e = of(EventType.ASSAULT, events).get(0);
            assertEquals("2026-05-10", e.date().orElseThrow().lexical(), sentence);
        }
    }

    @Test
    void menFromOrBelongingToABodyActForIt() {
        for (String sentence : List.of(
                "Gunmen from the Red Hand coalition stormed the village of Ahiara on Saturday.",
                "Armed men belonging to the Red Hand coalition attacked the village of Ahiara on Saturday.",
                "Fighters loyal to the Red Hand coalition attacked the village of Ahiara on Saturday.")) {
            ExtractionInput in = article(sentence, "Red Hand coalition", "Ahiara");
            assertEquals(List.of("red-hand"), only(EventType.ASSAULT, extractor.extract(in)).agents(), sentence);
        }
    }

    @Test
    void rescuingEvacuatingTreatingAndDistributingAreAid() {
        for (String sentence : List.of(
                "The Hellenic Navy rescued 21 seafarers from the burning ship on Monday.",
                "Teams of the Red Crescent evacuated 11 wounded civilians from Ahiara on Monday.",
                "The Red Crescent treated 16 wounded people in Ahiara on Monday.",
                "The Red Crescent distributed food rations in Ahiara on Monday.")) {
            ExtractionInput in = article(sentence, "Hellenic Navy", "Red Crescent", "Ahiara");
            List<Event> events = extractor.extract(in);
            assertEquals(1, of(EventType.AID, events).size(), sentence + " " + events);
        }
    }

    @Test
    void suspendingAidConvoysOrClinicsIsARetreat() {
        for (String sentence : List.of(
                "The World Food Programme suspended its truck convoys to Ahiara on Monday.",
                "The Red Crescent has suspended mobile clinics in Ahiara since Monday.",
                "The World Food Programme halted food distributions in Ahiara on Monday.")) {
            ExtractionInput in = article(sentence, "World Food Programme", "Red Crescent", "Ahiara");
            List<Event> events = extractor.extract(in);
            assertEquals(1, of(EventType.RETREAT, events).size(), sentence + " " + events);
        }
    }

    @Test
    void haltingTransactionsIsStillNoRetreat() {
        ExtractionInput in = article("The Red Crescent halted all foreign transactions on Monday.", "Red Crescent");
        assertEquals(0, of(EventType.RETREAT, extractor.extract(in)).size());
    }

    @Test
    void aTownAndTheDistrictOfItsNameAreOnePlaceForHeadlineAndLede() {
        ExtractionInput in = Fixture.article(annotator, "Six policemen killed as militants storm police station in Ahiara",
                        "Militants stormed a police station in Ahiara district on Monday, killing six policemen.")
                .entity("Ahiara district", "ahiara-district", EntityType.REGION)
                .entity("Ahiara", "ahiara", EntityType.CITY)
                .dated(LocalDate.of(2026, 5, 12))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(1, of(EventType.ASSAULT, events).size(), () -> events.toString());
    }

    @Test
    void aTollToldAfterTheAttackIsThatAttacksToll() {
        ExtractionInput in = Fixture.article(annotator, null,
                        "Gunmen attacked the village of Ahiara on Monday night, police said. Nine civilians and two"
                                + " soldiers were killed and six people were wounded, the police said.")
                .entity("Ahiara", "ahiara", EntityType.CITY)
                .dated(LocalDate.of(2026, 5, 12))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(1, of(EventType.ASSAULT, events).size(), () -> events.toString());
    }

    @Test
    void closingACrossingOrARoadIsCoercionButClosingAMeetingIsNot() {
        for (String sentence : List.of(
                "Ruritania closed the Ahiara border crossing to all traffic on Monday.",
                "Ruritania ordered the closure of the Ahiara market on Monday.")) {
            ExtractionInput in = article(sentence, "Ruritania");
            List<Event> events = extractor.extract(in);
            assertEquals(1, of(EventType.COERCE, events).size(), sentence + " " + events);
        }
        ExtractionInput in = article("Ruritania closed the meeting with a prayer on Monday.", "Ruritania");
        assertEquals(0, of(EventType.COERCE, extractor.extract(in)).size());
    }

    @Test
    void fightingBetweenTwoGroupsHijackingMurderAndDestroyingAreAssaults() {
        for (String sentence : List.of(
                "Fighting between the Red Hand coalition and the Kuki militia broke out near Ahiara on Monday.",
                "Kuki pirates hijacked a fishing boat near Ahiara on Monday.",
                "The Red Hand coalition said its forces had destroyed two Kuki boats near Ahiara on Monday.")) {
            ExtractionInput in = article(sentence, "Red Hand coalition", "Kuki", "Ahiara");
            List<Event> events = extractor.extract(in);
            assertEquals(1, of(EventType.ASSAULT, events).size(), sentence + " " + events);
        }
    }

    /** A one-sentence article of 12 May 2026 naming those of the cast below it is given. */
    @Test
    void aStrongVerbWhoseSubjectNoGazetteerNamesStillStatesAnEvent() {
        // the actor is there, only unnamed or unknown: "local deputies", "the ruling party"
        for (String[] c : List.of(
                new String[] {"Local deputies protested in front of the prefecture in Ahiara on Tuesday.", "PROTEST"},
                new String[] {"The ruling party rejected the accusation on Tuesday.", "REJECT"},
                new String[] {"The government blamed the rebel group for the massacre.", "ACCUSE"},
                new String[] {"Air force helicopters struck boats near the island on Sunday.", "ASSAULT"})) {
            List<Event> events = extractor.extract(article(c[0]));
            assertEquals(1, of(EventType.valueOf(c[1]), events).size(), c[0] + " " + events);
        }
    }

    @Test
    void aPronounOrALightVerbsSubjectActsForAStrongWordToo() {
        for (String[] c : List.of(
                new String[] {"They rejected the accusation on Tuesday.", "REJECT"},
                new String[] {"He ordered reinforcements for the islands on Saturday.", "MOBILIZE"},
                new String[] {"The district administration imposed an indefinite curfew in the evening.", "COERCE"})) {
            List<Event> events = extractor.extract(article(c[0]));
            assertEquals(1, of(EventType.valueOf(c[1]), events).size(), c[0] + " " + events);
        }
    }

    @Test
    void aWeakVerbWithAnUnnamedSubjectStatesNoEvent() {
        for (String sentence : List.of(
                "Twelve wounded soldiers are being treated there.",
                "Families left with nothing on Tuesday.")) {
            assertEquals(List.of(), extractor.extract(article(sentence)), sentence);
        }
    }

    @Test
    void sendingForcesIsAMobilization() {
        for (String sentence : List.of(
                "The army would send 600 more soldiers to Ahiara within days.",
                "Two more battalions have been sent to Ahiara.",
                "Reinforcements were flown into Ahiara on Monday.",
                "The government sent in the Hellenic Navy on Monday.")) {
            List<Event> events = extractor.extract(article(sentence, "Ahiara", "Hellenic Navy"));
            assertEquals(1, of(EventType.MOBILIZE, events).size(), sentence + " " + events);
        }
        for (String sentence : List.of(
                "The ministry sent a letter to the Red Crescent on Monday.",
                "The World Food Programme sent food rations to Ahiara on Monday.")) {
            List<Event> events = extractor.extract(article(sentence, "Ahiara", "Red Crescent", "World Food Programme"));
            assertEquals(0, of(EventType.MOBILIZE, events).size(), sentence + " " + events);
        }
    }

    @Test
    void openingFireIsAnAssault() {
        String sentence = "Two gunmen opened fire on a police post near Ahiara on Monday.";
        assertEquals(1, of(EventType.ASSAULT, extractor.extract(article(sentence, "Ahiara"))).size(), sentence);
    }

    private static ExtractionInput article(String sentence, String... names) {
        Fixture article = Fixture.article(annotator, null, sentence);
        for (String name : names) {
            String[] entity = CAST.get(name);
            article.entity(name, entity[0], EntityType.valueOf(entity[1]));
        }
        return article.dated(LocalDate.of(2026, 5, 12)).build();
    }
}
