package org.w3id.tigris.recognize;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names no gazetteer knows, typed by the punctuation only a person's name takes around it. */
class PersonAppositionsTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    /** The suite runs in one JVM: the gazetteers and models go when the class is done. */
    @AfterAll
    static void release() {
        names = null;
    }

    @Test
    void aNameWithAnAgeInCommasIsAPerson() {
        List<Mention> m = names.recognize("Police said Ruma Thanchi, 41, was shot near the market. "
                + "The body of Sefa Kolda, 19, was found on Tuesday.");
        NamesInText.assertType(EntityType.PERSON, m, "Ruma Thanchi", "Sefa Kolda");
    }

    @Test
    void aNameSetOffAfterAPersonsNounIsThatPerson() {
        List<Mention> m = names.recognize("A local councillor, Baraka Kisoro, said the road was closed. "
                + "The governor of the province, Tamba Sedhiou, visited the camp. "
                + "Her husband Ansu Bignona is among the missing.");
        NamesInText.assertType(EntityType.PERSON, m, "Baraka Kisoro", "Tamba Sedhiou", "Ansu Bignona");
    }

    @Test
    void aPlaceSetOffAfterAPhraseWithoutAPersonStaysAPlace() {
        List<Mention> m = names.recognize("Fighting reached the market town, Kolda, on Monday, and 12 people, 40 of them, fled.");
        NamesInText.assertType(EntityType.CITY, m, "Kolda");
    }

    @Test
    void aPoliceRankIsATitleNotPartOfTheName() {
        List<Mention> m = names.recognize("Commissioner of Police Hamo Kerenga approved the deployment on Monday. "
                + "Commissioner Kerenga said the unit would stay. Inspector Tane Moala led the patrol.");
        NamesInText.assertType(EntityType.PERSON, m, "Hamo Kerenga", "Kerenga", "Tane Moala");
    }

    @Test
    void aListOfPeopleWithTheirAgesIsProseNotTitleCase() {
        // most of the sentence's longer words are capitalised names, yet it is no headline
        List<Mention> m = names.recognize("Police Respond To Shooting\n\nThe victims were identified as Darnell Okafor, 24; "
                + "Marisol Quispe, 29; Tevita Fonua, 31; Aroha Ngata, 38; and Keoni Kahale, 45. Two others were wounded.");
        NamesInText.assertType(EntityType.PERSON, m, "Darnell Okafor", "Marisol Quispe", "Tevita Fonua", "Keoni Kahale");
    }
}
