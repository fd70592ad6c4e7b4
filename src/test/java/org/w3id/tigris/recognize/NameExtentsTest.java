package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where a name far from home begins and ends: a known place with the kind of place after it,
 * the social platform X named where a post is quoted.
 */
class NameExtentsTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aKnownPlaceTakesTheKindOfPlaceAfterIt() {
        List<Mention> m = names.recognize("Gunmen raided two villages in Lac province on Sunday, officials said.");
        assertEquals(EntityType.REGION, NamesInText.get(m, "Lac province").type());
    }

    @Test
    void aKindOfAnotherTypeIsAnotherPlace() {
        // a city with "province" after it names the province, which the layers do not know: the city stays itself
        List<Mention> m = names.recognize("Fighting spread across Mosul province on Sunday, officials said.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("Mosul province") && x.type() == EntityType.CITY), m::toString);
    }

    @Test
    void aCityWithARegionsKindAfterItNamesTheRegion() {
        // "Bannu district" is the district named after the town, not the town: a Region, named by both words
        List<Mention> m = names.recognize("Gunmen attacked a police post in Bannu district on Sunday, officials said.");
        assertEquals(EntityType.REGION, NamesInText.get(m, "Bannu district").type());
        List<Mention> town = names.recognize("Troops were deployed across Kohat district after the attack, officials said.");
        assertEquals(EntityType.REGION, NamesInText.get(town, "Kohat district").type());
        List<Mention> state = names.recognize("Refugees crossed from Karen State into Thailand on Monday, aid workers said.");
        assertEquals(EntityType.REGION, NamesInText.get(state, "Karen State").type());
        List<Mention> capital = names.recognize("The army said it had killed 12 fighters in Maradi Region on Saturday.");
        assertEquals(EntityType.REGION, NamesInText.get(capital, "Maradi Region").type());
    }

    @Test
    void aPluralKindMakesEveryCoordinatedPlaceARegion() {
        List<Mention> m = names.recognize("Fighters crossed into Mali's Mopti and Segou regions last week, the army said.");
        NamesInText.assertType(EntityType.REGION, m, "Mopti", "Segou");
        List<Mention> three = names.recognize("Curfews were lifted across Bannu, Kohat and Lakki Marwat districts on Monday.");
        NamesInText.assertType(EntityType.REGION, three, "Bannu", "Kohat");
    }

    @Test
    void xIsThePlatformWhereAPostIsQuoted() {
        List<Mention> m = names.recognize("The minister wrote on X that the strikes would continue.");
        assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, "X").type());
        List<Mention> said = names.recognize("The group said in a post on X, without giving details, that it had withdrawn.");
        assertEquals(EntityType.ORGANIZATION, NamesInText.get(said, "X").type());
    }

    @Test
    void xElsewhereIsNoName() {
        List<Mention> m = names.recognize("Officials called the plan Option X on Monday, and Malcolm X was quoted.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("X")), m::toString);
    }

    @Test
    void aLedesDatelineInCapitalsNamesItsPlace() {
        List<Mention> m = names.recognize("Police post stormed\n\nPESHAWAR, Dec 9 (FPS) - Militants stormed a police station"
                + " late on Tuesday, killing six policemen, police said on Wednesday.\n");
        assertEquals(EntityType.CITY, NamesInText.get(m, "PESHAWAR").type());
    }

    @Test
    void aDatelineOfItsOwnNamesItsPlace() {
        List<Mention> m = names.recognize("Briefs\n\nGunmen kill nine in Oromia\n\nETHIOPIA \u2022 03/12/2026\n\n"
                + "Gunmen killed nine people in a night attack on Friday, police said on Saturday.\n");
        assertEquals(EntityType.COUNTRY, NamesInText.get(m, "ETHIOPIA").type());
        List<Mention> byline = names.recognize("Rebels seize town\n\nGOMA, Nov. 3, 2026 - By Claudine Mbuyi-Lenoir\n\n"
                + "Rebels seized the town on Sunday after heavy fighting, residents said on Monday.\n");
        assertEquals(EntityType.CITY, NamesInText.get(byline, "GOMA").type());
        assertTrue(byline.stream().noneMatch(x -> x.text().equals("Lenoir")), byline::toString);
    }

    @Test
    void aMastheadNamesTheOutlet() {
        List<Mention> m = names.recognize("KALAHARI LEDGER - Analysis\n\nGunmen kill nine in northern town\n\n"
                + "Gunmen killed nine people in a night attack on Friday, police said on Saturday.\n");
        assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, "KALAHARI LEDGER").type());
        List<Mention> region = names.recognize("CENTRAL AFRICA SECURITY LETTER\n\nGunmen kill nine\n\n"
                + "Gunmen killed nine people in a night attack on Friday, police said on Saturday.\n");
        assertTrue(region.stream().noneMatch(x -> x.text().equals("AFRICA")), region::toString);
    }

    @Test
    void aHeadlineIsNoMasthead() {
        List<Mention> m = names.recognize("Army Chief Says Rebels Attacked Local Press\n\n"
                + "Gunmen killed nine people in a night attack on Friday, police said on Saturday.\n");
        assertTrue(m.stream().noneMatch(x -> x.layer().equals("masthead")), m::toString);
        List<Mention> sentence = names.recognize("The Kalahari Protection Council (KPC) said on Monday it had withdrawn.\n");
        assertTrue(sentence.stream().noneMatch(x -> x.layer().equals("masthead")), sentence::toString);
    }
}
