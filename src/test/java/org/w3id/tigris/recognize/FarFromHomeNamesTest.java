package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Classes of names of conflicts far from the seeds' region: regional bodies and missions, state
 * forces and their numbered units, ships, lines and rivers, titles before people, bylines, a
 * country's name inside a city's, and a state's institutions named with a possessive.
 */
class FarFromHomeNamesTest {
    private static Gazetteers gazetteers;
    private static NamesInText names;

    @BeforeAll
    static void load() {
        gazetteers = Gazetteers.load();
        names = new NamesInText(gazetteers);
    }

    @Test
    void regionalBlocsAndMissionsAreOrganizations() {
        List<Mention> m = names.recognize("The sanctions were lifted on Monday by ECOWAS, while MONUSCO and the"
                + " Southern African Development Community sent observers to the east of the country.");
        for (String name : List.of("ECOWAS", "MONUSCO", "Southern African Development Community")) {
            assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, name).type(), name);
        }
    }

    @Test
    void armedGroupsOfOtherConflictsAreArmedGroups() {
        List<Mention> m = names.recognize("On Monday the Rapid Support Forces and fighters of the Tehrik-i-Taliban"
                + " Pakistan were blamed for the attacks, while JNIM claimed the ambush.");
        for (String name : List.of("Rapid Support Forces", "Tehrik-i-Taliban Pakistan", "JNIM")) {
            assertEquals(EntityType.ARMED_GROUP, NamesInText.get(m, name).type(), name);
        }
    }

    @Test
    void aStatesForcesNamedByItsAdjectiveAreAGovernmentBody() {
        List<Mention> m = names.recognize("On Monday the Rwandan Defence Force and the Uganda People's Defence Force"
                + " moved north.");
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "Rwandan Defence Force").type());
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "Uganda People's Defence Force").type());
    }

    @Test
    void aNumberedFormationWithItsArmIsAStatesUnit() {
        List<Mention> m = names.recognize("On Monday the 93rd Mechanized Brigade and the 542nd Light Infantry Battalion"
                + " held their positions, officials said.");
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "93rd Mechanized Brigade").type());
        assertEquals(EntityType.GOVERNMENT_BODY, NamesInText.get(m, "542nd Light Infantry Battalion").type());
        // a bare number and head may be a militia's brigade: its head word decides
        List<Mention> bare = names.recognize("On Monday fighters of the 30th Brigade held their positions, officials said.");
        assertEquals(EntityType.ARMED_GROUP, NamesInText.get(bare, "30th Brigade").type());
    }

    @Test
    void shipsLinesAndRiversAreNotPeople() {
        List<Mention> m = names.recognize("Officials said on Monday that the tanker Magic Seas was hit by a drone.");
        assertEquals(EntityType.FACILITY, NamesInText.get(m, "Magic Seas").type());
        List<Mention> lines = names.recognize("UN peacekeepers patrol south of the Litani River along the Blue Line"
                + " and near the Durand Line.");
        for (String name : List.of("Litani River", "Blue Line", "Durand Line")) {
            assertEquals(EntityType.REGION, NamesInText.get(lines, name).type(), name);
        }
    }

    @Test
    void titlesOfOfficesAndTheClergyAreNotPartOfTheName() {
        List<Mention> m = names.recognize("On Monday Ombudsman Iris Marin-Quintero said that Father Jaime Ochoa-Rincon"
                + " and Senior General Min Aung Hlaing had met.");
        for (String name : List.of("Iris Marin-Quintero", "Jaime Ochoa-Rincon", "Min Aung Hlaing")) {
            assertEquals(EntityType.PERSON, NamesInText.get(m, name).type(), name);
        }
    }

    @Test
    void aPlaceInsideABylinesNameIsPartOfThePerson() {
        List<Mention> m = names.recognize("Juntas tighten their grip\n\nBy Ousmane Diarra-Keita, Sahel Desk\n\n"
                + "The military government of Mali extended its transition on Monday, officials said.\n");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Ousmane Diarra-Keita").type());
        assertTrue(m.stream().noneMatch(x -> x.text().equals("Ousmane")), m.toString());
    }

    @Test
    void aCitysNameHoldingACountrysIsTheCity() {
        List<Mention> m = names.recognize("On Monday the minister told reporters in Mexico City that Mexico would act.");
        assertEquals(EntityType.CITY, NamesInText.get(m, "Mexico City").type());
        assertEquals(EntityType.COUNTRY, NamesInText.get(m, "Mexico").type());
    }

    @Test
    void aStatesInstitutionGoesByItsPossessiveName() {
        GazetteerEntry ministry = gazetteers.entry("ministry-of-defence-of-russia").orElseThrow();
        assertTrue(ministry.aliases().contains("Russia's defence ministry"), ministry.aliases().toString());
        GazetteerEntry government = gazetteers.entry("government-of-rwanda").orElseThrow();
        assertTrue(government.aliases().contains("Rwanda's government"), government.aliases().toString());
    }

    @Test
    void aPlaceNameWithALowerCaseParticleIsOnePlace() {
        List<Mention> m = names.recognize("On Monday clashes hit Norte de Santander, and the army said that gangs had"
                + " reached the hills above Port-au-Prince.");
        assertEquals(EntityType.REGION, NamesInText.get(m, "Norte de Santander").type());
        assertEquals(EntityType.CITY, NamesInText.get(m, "Port-au-Prince").type());
        List<Mention> lanao = names.recognize("On Monday the army said that the fighting in Lanao del Sur had ended.");
        assertTrue(lanao.stream().noneMatch(x -> x.text().equals("Sur")), lanao.toString()); // not Tyre
    }

    @Test
    void statesZonesAndDistrictsTheNewsNamesAreRegions() {
        List<Mention> m = names.recognize("On Monday troops moved from Upper Nile to Puntland, while raids went on in"
                + " North Waziristan, North Wollo and Crimea.");
        for (String name : List.of("Upper Nile", "Puntland", "North Waziristan", "North Wollo", "Crimea")) {
            assertEquals(EntityType.REGION, NamesInText.get(m, name).type(), name);
        }
    }

    @Test
    void outletsAreNamedByTheirMastheadWords() {
        List<Mention> m = names.recognize("On Monday a correspondent of the Kyiv Ledger and one of the Crisis Digest said"
                + " that the Andes Wire had the story.");
        for (String name : List.of("Kyiv Ledger", "Crisis Digest", "Andes Wire")) {
            assertEquals(EntityType.ORGANIZATION, NamesInText.get(m, name).type(), name);
        }
    }

    @Test
    void aTitleInsideAChunkStartsThePersonsName() {
        List<Mention> m = names.recognize("On Monday Sinaloa Governor Ruben Rocha Moya said that the roads were closed,"
                + " and Interior Cabinet Secretary Kipchumba Murkomen said that operations would go on.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Ruben Rocha Moya").type());
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Kipchumba Murkomen").type());
        // a title word inside a name that opens with a title or a given name is part of that name
        List<Mention> one = names.recognize("On Monday President Hassan Sheikh Mohamud said that the talks had failed.");
        assertEquals(EntityType.PERSON, NamesInText.get(one, "Hassan Sheikh Mohamud").type());
    }

    @Test
    void aNameOpenedByAGivenNameOfAnotherRegionIsAPerson() {
        List<Mention> m = names.recognize("\"We lay on the floor for an hour,\" said Griselda Armenta, who runs a grocery"
                + " near the highway, and Oleksandr Prokudin said the shelling went on.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Griselda Armenta").type());
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Oleksandr Prokudin").type());
    }

    @Test
    void aQuotedNicknameIsPartOfThePersonsName() {
        List<Mention> m = names.recognize("The war pits the sons against the faction of Ismael \"El Mayo\" Zambada, and"
                + " police said that Jimmy \"Barbecue\" Cherizier had fled.");
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Ismael \"El Mayo\" Zambada").type());
        assertEquals(EntityType.PERSON, NamesInText.get(m, "Jimmy \"Barbecue\" Cherizier").type());
    }

    @Test
    void theTypersExamplesLeaveOutTheWorldTablesCountriesAndDivisions() {
        // every one of them is known, so the typer never meets one: as examples they would only
        // teach it that an unknown name is most likely a division
        java.util.Set<String> derived = new java.util.HashSet<>();
        java.util.Set<String> curated = new java.util.HashSet<>();
        for (GazetteerEntry e : gazetteers.entries()) {
            if (gazetteers.derived(e.key()) && (e.type() == EntityType.REGION || e.type() == EntityType.COUNTRY)) {
                derived.add(e.label());
            } else {
                curated.add(e.label()); // a curated row of the same name is an example of its own
            }
        }
        derived.removeAll(curated);
        assertTrue(derived.size() > 1000, "world divisions: " + derived.size());
        List<String> examples = new TypedNames(gazetteers, 3000).examples().stream()
                .filter(n -> n.type().equals("Region") || n.type().equals("Country")).map(n -> n.name().name())
                .toList();
        assertTrue(examples.stream().noneMatch(derived::contains),
                examples.stream().filter(derived::contains).limit(5).toList().toString());
    }
}
