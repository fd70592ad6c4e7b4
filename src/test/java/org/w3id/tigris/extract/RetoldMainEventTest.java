package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.tigris.extract.EventsOfType.of;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;

/**
 * A wire tells its attack once with the day and the place, then again without them ("the group
 * claimed to have killed more than 100 soldiers"): one event, so that a second source's report
 * of the attack finds the retelling's participants with the day and the place.
 */
class RetoldMainEventTest {
    private static Annotator annotator;
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        annotator = new Annotator(AnnotationModels.load());
        extractor = new EventExtractor();
    }

    @AfterAll
    static void release() {
        annotator = null; // the models are large: let the suite's other classes have the memory
        extractor = null;
    }

    @Test
    void aMentionWithNeitherDayNorPlaceRetellsTheArticlesDatedEventOfItsType() {
        ExtractionInput in = Fixture.article(annotator, null,
                        "Gunmen attacked an army base in Ahiara on Monday, killing 40 soldiers, officials said."
                                + " The base had been under a blockade for months. In a statement, the Red Hand"
                                + " coalition claimed to have killed more than 100 soldiers.")
                .entity("Ahiara", "ahiara", EntityType.CITY)
                .entity("Red Hand coalition", "red-hand", EntityType.ARMED_GROUP)
                .dated(LocalDate.of(2026, 5, 12))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(1, of(EventType.ASSAULT, events).size(), () -> events.toString());
        Event e = of(EventType.ASSAULT, events).get(0);
        assertEquals("2026-05-11", e.date().orElseThrow().lexical());
        assertEquals(List.of("red-hand"), e.agents());
    }

    @Test
    void withTwoDatedEventsOfItsTypeTheMentionIsLeftAlone() {
        ExtractionInput in = Fixture.article(annotator, null,
                        "Gunmen attacked an army base in Ahiara on Monday, officials said. Gunmen attacked a"
                                + " police post in Jiribam on Tuesday. In a statement, the Red Hand coalition claimed"
                                + " to have killed more than 100 soldiers.")
                .entity("Ahiara", "ahiara", EntityType.CITY)
                .entity("Jiribam", "jiribam", EntityType.CITY)
                .entity("Red Hand coalition", "red-hand", EntityType.ARMED_GROUP)
                .dated(LocalDate.of(2026, 5, 13))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(3, of(EventType.ASSAULT, events).size(), () -> events.toString());
    }

    @Test
    void aHeadlineWithoutDayOrPlaceTellsTheDatedEventOfItsTypeBelowIt() {
        ExtractionInput in = Fixture.article(annotator, "Gunmen ambush police convoy, killing eight",
                        "Residents of the hills have fled in their hundreds this year. Gunmen ambushed a police"
                                + " convoy near Ahiara on Monday, killing eight officers, officials said. The town's"
                                + " mayor was murdered in October 2024.")
                .entity("Ahiara", "ahiara", EntityType.CITY)
                .dated(LocalDate.of(2026, 5, 12))
                .build();
        List<Event> events = extractor.extract(in);
        List<Event> thisMonth = of(EventType.ASSAULT, events).stream()
                .filter(e -> e.date().orElseThrow().lexical().startsWith("2026-05")).toList();
        assertEquals(1, thisMonth.size(), () -> events.toString());
        assertEquals("2026-05-11", thisMonth.get(0).date().orElseThrow().lexical());
    }
}
