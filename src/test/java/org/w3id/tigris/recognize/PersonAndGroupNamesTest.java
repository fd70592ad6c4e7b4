package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/**
 * Names of people and groups that far-from-home news cut or mistype: a known group's one-word
 * name inside a titled person's name, a town's name that is also a stop word closing a
 * person's name, a group whose name holds "People's", a two-part surname used alone.
 */
class PersonAndGroupNamesTest {
    private static Recognizer recognizer;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        recognizer = new Recognizer(Gazetteers.load());
        annotator = new Annotator(AnnotationModels.load());
    }

    private static List<Mention> recognize(String text) {
        Segmentation segmentation = new Segmenter().segment(text);
        return recognizer.recognize(text, annotator.annotate(text, segmentation), segmentation.authors());
    }

    private static Mention get(List<Mention> m, String text) {
        return m.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + m));
    }

    @Test
    void aGroupsNameInsideATitledPersonsNameIsPartOfTheName() {
        List<Mention> m = recognize("The army chief, General Ismail Hamas al-Tayeb, visited the wounded on Monday.");
        assertEquals(EntityType.PERSON, get(m, "Ismail Hamas al-Tayeb").type());
    }

    @Test
    void aTownsNameThatIsAlsoAStopWordClosesAPersonsName() {
        List<Mention> m = recognize("Akobo county commissioner Peter Deng Bor tells reporters that 17 people were killed.");
        assertEquals(EntityType.PERSON, get(m, "Peter Deng Bor").type());
        List<Mention> dated = recognize("The talks ended, county commissioner Peter Deng said Monday.");
        assertEquals(EntityType.PERSON, get(dated, "Peter Deng").type());
    }

    @Test
    void aPeoplesPossessiveInsideAGroupsNameDoesNotSplitIt() {
        List<Mention> m = recognize("The Ogaden People's Liberation Front, which signed a deal in 2018,"
                + " welcomed the returns on Monday.");
        assertEquals(EntityType.ARMED_GROUP, get(m, "Ogaden People's Liberation Front").type());
    }

    @Test
    void aTwoPartSurnameAloneIsThePersonNamedBefore() {
        List<Mention> m = recognize("Security Secretary Pablo Ramirez Villalobos said the gunmen had fled."
                + " \"Those responsible will be found,\" Ramirez Villalobos told reporters in Mexico City.");
        assertEquals(EntityType.PERSON, get(m, "Ramirez Villalobos").type());
    }
}
