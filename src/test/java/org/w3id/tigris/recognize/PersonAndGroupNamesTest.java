package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names of people and groups that far-from-home news cut or mistype: a known group's one-word
 * name inside a titled person's name, a town's name that is also a stop word closing a
 * person's name, a group whose name holds "People's", a two-part surname used alone.
 */
class PersonAndGroupNamesTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aGroupsNameInsideATitledPersonsNameIsPartOfTheName() {
        List<Mention> m = names.recognize("The army chief, General Ismail Hamas al-Tayeb, visited the wounded on Monday.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Ismail Hamas al-Tayeb").type());
    }

    @Test
    void aTownsNameThatIsAlsoAStopWordClosesAPersonsName() {
        List<Mention> m = names.recognize("Akobo county commissioner Peter Deng Bor tells reporters that 17 people were killed.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Peter Deng Bor").type());
        List<Mention> dated = names.recognize("The talks ended, county commissioner Peter Deng said Monday.");
        assertEquals(EntityType.PERSON, NamesInText.get(dated, "Peter Deng").type());
    }

    @Test
    void aPeoplesPossessiveInsideAGroupsNameDoesNotSplitIt() {
        List<Mention> m = names.recognize("The Ogaden People's Liberation Front, which signed a deal in 2018,"
                + " welcomed the returns on Monday.");
        assertEquals(EntityType.ARMED_GROUP, NamesInText.get(m, "Ogaden People's Liberation Front").type());
    }

    @Test
    void aTwoPartSurnameAloneIsThePersonNamedBefore() {
        List<Mention> m = names.recognize("Security Secretary Pablo Ramirez Villalobos said the gunmen had fled."
                + " \"Those responsible will be found,\" Ramirez Villalobos told reporters in Mexico City.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Ramirez Villalobos").type());
    }
}
