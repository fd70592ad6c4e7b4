package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names of the bodies and people that speak in the news of conflicts far from the seeds'
 * region: a state's ministry with a lower-case head, a national Red Cross society named by its
 * country's adjective, a state body opened by the adjective, a person's three-part name.
 */
class SpeakerNamesTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aStatesHealthMinistryWithALowerCaseHeadIsTheMinistry() {
        List<Mention> m = names.recognize("The Lebanese health ministry said on Monday that five people were killed."
                + " In Khartoum, the federal health ministry said 212 people were infected.");
        Mention lebanese = NamesInText.get(m, "Lebanese health ministry");
        assertEquals(EntityType.GOVERNMENT_BODY, lebanese.type());
        assertEquals(Optional.of("ministry-of-health-of-lebanon"), lebanese.gazetteerKey());
        assertEquals(Optional.of("ministry-of-health-of-sudan"), NamesInText.get(m, "health ministry").gazetteerKey());
    }

    @Test
    void aNationalRedCrossSocietyIsNotTheIcrc() {
        List<Mention> m = names.recognize("On Monday the Lebanese Red Cross said its teams were searching the rubble,"
                + " and the Red Cross of Niger said it had distributed blankets.");
        assertEquals(Optional.of("red-cross-of-lebanon"), NamesInText.get(m, "Lebanese Red Cross").gazetteerKey());
        assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, "Lebanese Red Cross").type());
        assertEquals(Optional.of("red-cross-of-niger"), NamesInText.get(m, "Red Cross of Niger").gazetteerKey());
    }

    @Test
    void aMastheadOfTheAndOneWordDoesNotOpenALongerName() {
        List<Mention> m = names.recognize("The National Police confirmed on Monday that a third officer had died.");
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "National Police").type());
        assertEquals(List.of(), m.stream().filter(x -> x.gazetteerKey().equals(Optional.of("the-national"))).toList());
        List<Mention> paper = names.recognize("The National reported on Monday that the talks had failed.");
        assertEquals(Optional.of("the-national"), NamesInText.get(paper, "The National").gazetteerKey());
    }

    @Test
    void aRegionsHealthMinistryIsTheRegionsNotItsStates() {
        List<Mention> m = names.recognize("The Gaza Health Ministry put the death toll at 15. Four of the wounded died,"
                + " the North Kordofan health ministry said on Saturday.");
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "Gaza Health Ministry").type());
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "North Kordofan health ministry").type());
    }

    @Test
    void honorificsAndPoliceRanksAreNotPartOfTheName() {
        List<Mention> m = names.recognize("“We bury our people every week,” said the Rev. Danjuma Tanko, the association's"
                + " secretary. The Chief Minister, Shri Ravi Deo Sai, paid tribute to the dead. The police spokesman,"
                + " SP Chidi Okafor, said two attackers were killed. Leader of Opposition Charan Lal Mahant of the"
                + " Congress said the government must answer.");
        for (String name : List.of("Danjuma Tanko", "Ravi Deo Sai", "Chidi Okafor", "Charan Lal Mahant"))
            assertEquals(EntityType.PERSON, NamesInText.get(m, name).type(), name);
    }
}
