package org.w3id.tigris.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.Mention;

class ResolverTest {
    private static Resolver resolver;

    @BeforeAll
    static void load() {
        resolver = new Resolver(Gazetteers.load());
    }

    /** Builds mentions over a text: each spec is "surface|Type|key?", found in order. */
    private static List<Mention> mentions(String text, String... specs) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String spec : specs) {
            String[] p = spec.split("\\|", -1);
            int begin = text.indexOf(p[0], from);
            assertTrue(begin >= 0, "no '" + p[0] + "' after " + from);
            Optional<String> key = p.length > 2 && !p[2].isEmpty() ? Optional.of(p[2]) : Optional.empty();
            out.add(new Mention(begin, begin + p[0].length(), p[0], EntityType.fromLocalName(p[1]),
                    key.isPresent() ? "gazetteer" : "propn", key));
            from = begin + p[0].length();
        }
        return out;
    }

    private static List<String> ids(Resolution r) {
        return r.mentions().stream().map(m -> m.entity().id()).toList();
    }

    @Test
    void aGazetteerKeyNamesTheSameEntityInEveryDocument() {
        String a = "Kata'ib Hizbullah claimed the attack.";
        String b = "Kataib Hezbollah denied it.";
        Resolution ra = resolver.resolve(a, mentions(a, "Kata'ib Hizbullah|ArmedGroup|kataib-hezbollah"));
        Resolution rb = resolver.resolve(b, mentions(b, "Kataib Hezbollah|ArmedGroup|kataib-hezbollah"));
        assertEquals(ids(ra), ids(rb));
        Entity e = ra.entities().get("kataib-hezbollah");
        assertEquals("Kataib Hezbollah", e.label());
        assertTrue(e.aliases().contains("KH"));
    }

    @Test
    void placesCarryTheirLinksAndCoordinates() {
        String t = "Fighting resumed near Mosul.";
        Entity mosul = resolver.resolve(t, mentions(t, "Mosul|City|mosul")).entities().get("mosul");
        assertEquals("Q83317", mosul.wikidata().orElseThrow());
        assertEquals("99072", mosul.geonames().orElseThrow());
        assertEquals("nineveh-province", mosul.locatedIn().orElseThrow());
        assertEquals(43.1, mosul.point().orElseThrow().longitude(), 0.1);
        assertEquals("iraq", resolver.known("nineveh-province").orElseThrow().locatedIn().orElseThrow());
    }

    @Test
    void aGeoNamesPlaceGetsItsSlugAsId() {
        String t = "Protesters gathered in Irbid.";
        Resolution r = resolver.resolve(t, mentions(t, "Irbid|City|geonames:248946"));
        assertEquals("irbid", r.mentions().get(0).entity().id());
        assertTrue(r.mentions().get(0).entity().point().isPresent());
    }

    @Test
    void aDefinedAcronymNamesItsLongForm() {
        String t = "The Sinjar Protection Council (SPC) denied it. The SPC later apologised.";
        Resolution r = resolver.resolve(t, mentions(t, "Sinjar Protection Council|GovernmentBody", "SPC|GovernmentBody",
                "SPC|GovernmentBody"));
        List<String> ids = ids(r);
        assertEquals("sinjar-protection-council", ids.get(0));
        assertEquals(ids.get(0), ids.get(1));
        assertEquals(ids.get(0), ids.get(2));
        assertEquals(1, r.entities().size());
    }

    @Test
    void aSurnameNamesThePersonNamedBefore() {
        String t = "Kamal Hamdan Shahin met the governor. Later, Shahin said the talks went well.";
        Resolution r = resolver.resolve(t, mentions(t, "Kamal Hamdan Shahin|Person", "Shahin|Person"));
        assertEquals(List.of("kamal-hamdan-shahin", "kamal-hamdan-shahin"), ids(r));
        assertEquals("Kamal Hamdan Shahin", r.entities().get("kamal-hamdan-shahin").label());
    }

    @Test
    void aQuotedNicknameLeavesThePersonTheSameInEveryDocument() {
        String a = "Police said Jimmy \"Barbecue\" Cherizier had fled.";
        String b = "Jimmy Cherizier denied it.";
        Resolution ra = resolver.resolve(a, mentions(a, "Jimmy \"Barbecue\" Cherizier|Person"));
        Resolution rb = resolver.resolve(b, mentions(b, "Jimmy Cherizier|Person"));
        assertEquals(ids(rb), ids(ra));
        assertEquals("Jimmy Cherizier", ra.entities().get(ids(ra).get(0)).label());
    }

    @Test
    void aSurnameInAHeadlineNamesTheOnePersonNamedLater() {
        String t = "Shahin rejects the plan\n\nKamal Hamdan Shahin said on Monday that the plan was dead.";
        Resolution r = resolver.resolve(t, mentions(t, "Shahin|Person", "Kamal Hamdan Shahin|Person"));
        assertEquals(ids(r).get(0), ids(r).get(1));
    }

    @Test
    void spellingVariantsOfAFullNameAreOnePerson() {
        String t = "Commander Mohammad al-Tamimi was sanctioned. Muhammad Tamimi denied the charges.";
        Resolution r = resolver.resolve(t, mentions(t, "Mohammad al-Tamimi|Person", "Muhammad Tamimi|Person"));
        assertEquals(ids(r).get(0), ids(r).get(1));
    }

    @Test
    void aSharedSurnameGoesToTheNearestPerson() {
        String t = "Ahmed Karim spoke first. Sami Karim replied. Karim then left the room.";
        Resolution r = resolver.resolve(t, mentions(t, "Ahmed Karim|Person", "Sami Karim|Person", "Karim|Person"));
        assertEquals(List.of("ahmed-karim", "sami-karim", "sami-karim"), ids(r));
    }

    @Test
    void lookAlikeNamesAreNeverMerged() {
        String t = "Ali Hassan and Ali Hussein met Ali.";
        Resolution r = resolver.resolve(t, mentions(t, "Ali Hassan|Person", "Ali Hussein|Person", "Ali|Person"));
        List<String> ids = ids(r);
        assertNotEquals(ids.get(0), ids.get(1));
        assertNotEquals(ids.get(0), ids.get(2), "a first name is not a surname");
        assertNotEquals(ids.get(1), ids.get(2));
    }

    @Test
    void anUnknownNameHasTheSameIdInEveryDocument() {
        String a = "Saad al-Muttalibi said so.";
        String b = "SAAD AL MUTTALIBI, a lawmaker, disagreed.";
        String ida = ids(resolver.resolve(a, mentions(a, "Saad al-Muttalibi|Person"))).get(0);
        String idb = ids(resolver.resolve(b, mentions(b, "SAAD AL MUTTALIBI|Person"))).get(0);
        assertEquals("saad-al-muttalibi", ida);
        assertEquals(ida, idb);
    }

    @Test
    void anUnknownNameNeverTakesAGazetteerIdOfAnotherType() {
        String t = "The analyst Hezbollah Smith wrote it.";
        Resolution r = resolver.resolve(t, mentions(t, "Hezbollah|Person"));
        assertEquals("hezbollah-person", ids(r).get(0));
        assertEquals(EntityType.PERSON, r.mentions().get(0).entity().type());
    }

    @Test
    void aShortFormOfAnUnknownOrganizationIsTheSameOrganization() {
        String t = "Nahrain News Agency reported it first; Nahrain News later corrected the figure.";
        Resolution r = resolver.resolve(t, mentions(t, "Nahrain News Agency|Organization", "Nahrain News|Organization"));
        assertEquals(ids(r).get(0), ids(r).get(1));
    }

    @Test
    void anUnknownPlaceWithItsKindIsAlsoNamedWithout() {
        // "Tapoa province" and "Tapoa" name one province: the entity answers to both
        String t = "Gunmen attacked a convoy in Tapoa province on Sunday.";
        Entity e = resolver.resolve(t, mentions(t, "Tapoa province|Region")).mentions().get(0).entity();
        assertTrue(e.aliases().contains("Tapoa"), e.toString());
        String h = "Three patients were hurt at Tibu hospital on Sunday.";
        Entity hospital = resolver.resolve(h, mentions(h, "Tibu hospital|Facility")).mentions().get(0).entity();
        assertTrue(hospital.aliases().isEmpty(), "a hospital is not its town: " + hospital);
    }

    /** The id one document gives the first mention of a text. */
    private static String idOf(String text, String spec) {
        return ids(resolver.resolve(text, mentions(text, spec))).get(0);
    }

    @Test
    void anUnknownPlaceIsOneEntityWithOrWithoutItsKindAcrossDocuments() {
        // one document writes the division's kind, another leaves it out or capitalises it
        String bare = idOf("Gunmen raided villages in Tapoa on Sunday.", "Tapoa|Region");
        assertEquals(bare, idOf("Gunmen raided villages in Tapoa province on Sunday.", "Tapoa province|Region"));
        assertEquals(bare, idOf("Gunmen raided villages in Tapoa Province on Sunday.", "Tapoa Province|Region"));
        String lga = idOf("Herders attacked Dowaya in Dankoli LGA.", "Dankoli LGA|Region");
        assertEquals(lga, idOf("Herders attacked Dowaya in Dankoli Local Government Area.",
                "Dankoli Local Government Area|Region"));
        assertEquals(lga, idOf("Herders attacked Dowaya in Dankoli.", "Dankoli|City"));
        assertEquals(idOf("Boats reached the Tumbi Rua Islands.", "Tumbi Rua Islands|Region"),
                idOf("Boats reached Tumbi Rua.", "Tumbi Rua|Region"));
        // the label keeps what the document wrote
        String t = "Gunmen raided villages in Tapoa province on Sunday.";
        assertEquals("Tapoa province", resolver.resolve(t, mentions(t, "Tapoa province|Region"))
                .mentions().get(0).entity().label());
    }

    @Test
    void aNameThatIsAKnownPlaceWithItsKindStaysThatPlace() {
        // a mention the recognizer left without a key, whose whole name is a known province's id
        assertEquals("nineveh-province", idOf("Fighting spread in Nineveh Province.", "Nineveh Province|Region"));
    }

    @Test
    void aKindWordAloneOrAfterADirectionKeepsItsName() {
        // "Northern Province" of one state and "Northern Region" of another are not one place "Northern"
        assertNotEquals(idOf("Rains hit the Northern Province.", "Northern Province|Region"),
                idOf("Rains hit the Northern Region.", "Northern Region|Region"));
        // a kind that names another thing than the place stays in the id: a hospital is not its town
        assertNotEquals(idOf("Patients reached Tibu hospital.", "Tibu hospital|Facility"),
                idOf("Patients reached Tibu.", "Tibu|City"));
        // only a place loses its kind: a ministry's "Department" is part of its name
        assertNotEquals(idOf("The Tapoa Department said so.", "Tapoa Department|GovernmentBody"),
                idOf("Gunmen raided Tapoa.", "Tapoa|Region"));
    }

    @Test
    void aShipIsOneEntityWithOrWithoutItsPrefix() {
        assertEquals(idOf("Rebels struck the MV Kaliope Star.", "MV Kaliope Star|Facility"),
                idOf("Rebels struck the Kaliope Star.", "Kaliope Star|Facility"));
        assertEquals(idOf("The frigate HS Velora escorted it.", "HS Velora|Facility"),
                idOf("The frigate Velora escorted it.", "Velora|Facility"));
        // a camp or a mountain named after a town is not the town
        assertNotEquals(idOf("Troops left Camp Tibu.", "Camp Tibu|Facility"), idOf("Troops left Tibu.", "Tibu|Facility"));
    }

    @Test
    void mentionsComeBackInTheirOwnOrder() {
        String t = "Iraq and Iran.";
        List<Mention> m = new ArrayList<>(mentions(t, "Iraq|Country|iraq", "Iran|Country|iran"));
        java.util.Collections.reverse(m);
        Resolution r = resolver.resolve(t, m);
        assertEquals(List.of("iran", "iraq"), ids(r));
        assertEquals(2, r.entities().size());
    }
}
