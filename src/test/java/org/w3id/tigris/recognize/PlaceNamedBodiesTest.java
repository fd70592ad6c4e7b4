package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** A body named after its place is the body, not the place. */
class PlaceNamedBodiesTest {
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

    @Test
    void aBodyNamedAfterItsPlaceIsTheBody() {
        List<Mention> m = recognize("The Kosovo Police said two officers were hurt. Four officers of the Kenya Police"
                + " Service died. United States Africa Command said"
                + " the strike killed three militants. The South Sudan Red Cross said it had found eleven bodies.");
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Kosovo Police").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Kenya Police Service").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "United States Africa Command").type());
        assertEquals(EntityType.ORGANIZATION, get(m, "South Sudan Red Cross").type());
    }

    @Test
    void aPlaceBeforeOtherWordsStaysAPlace() {
        List<Mention> m = recognize("Clashes spread across Somalia Monday. Kenya Airways suspended its flights to Mogadishu.");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("Somalia") && x.type() == EntityType.COUNTRY), m::toString);
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("Kenya Airways") && x.layer().equals(PlaceNamedBodies.LAYER)),
                m::toString);
        List<Mention> insurgents = recognize("The West Papua National Liberation Army said it had shot the pilot.");
        assertTrue(insurgents.stream().noneMatch(x -> x.layer().equals(PlaceNamedBodies.LAYER)), insurgents::toString);
    }

    private static Mention get(List<Mention> m, String text) {
        return m.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + m));
    }
}
