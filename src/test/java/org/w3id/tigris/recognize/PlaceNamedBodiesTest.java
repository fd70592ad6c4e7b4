package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A body named after its place is the body, not the place. */
class PlaceNamedBodiesTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aBodyNamedAfterItsPlaceIsTheBody() {
        List<Mention> m = names.recognize("The Kosovo Police said two officers were hurt. Four officers of the Kenya Police"
                + " Service died. United States Africa Command said"
                + " the strike killed three militants. The South Sudan Red Cross said it had found eleven bodies.");
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "Kosovo Police").type());
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "Kenya Police Service").type());
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "United States Africa Command").type());
        assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, "South Sudan Red Cross").type());
    }

    @Test
    void aPlaceBeforeOtherWordsStaysAPlace() {
        List<Mention> m = names.recognize("Clashes spread across Somalia Monday. Kenya Airways suspended its flights to Mogadishu.");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("Somalia") && x.type() == EntityType.COUNTRY), m::toString);
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("Kenya Airways") && x.layer().equals(PlaceNamedBodies.LAYER)),
                m::toString);
        List<Mention> insurgents = names.recognize("The West Papua National Liberation Army said it had shot the pilot.");
        assertTrue(insurgents.stream().noneMatch(x -> x.layer().equals(PlaceNamedBodies.LAYER)), insurgents::toString);
    }
}
