package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.segment.NameSpan;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

class RecognizerTest {
    private static Recognizer recognizer;
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        recognizer = new Recognizer(Gazetteers.load());
        annotator = new Annotator(AnnotationModels.load());
    }

    static List<Mention> recognize(String text) {
        return recognizer.recognize(text, annotator.annotate(text, new Segmenter().segment(text)));
    }

    private static Optional<Mention> find(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Mention get(List<Mention> mentions, String text) {
        return find(mentions, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void gazetteerFindsTheLongestNameWhateverItsSpelling() {
        List<Mention> m = recognize("Fighters of Kata'ib Hizbullah and the Popular Mobilisation Forces gathered in Basrah.");
        assertEquals("kataib-hezbollah", get(m, "Kata'ib Hizbullah").gazetteerKey().orElseThrow());
        assertEquals("gazetteer", get(m, "Kata'ib Hizbullah").layer());
        assertEquals(EntityType.ARMED_GROUP, get(m, "Popular Mobilisation Forces").type());
        assertEquals("basra", get(m, "Basrah").gazetteerKey().orElseThrow());
        assertTrue(find(m, "Hizbullah").isEmpty(), "the longer name wins");
    }

    @Test
    void aKnownSurnameAsSomeoneElsesGivenNameIsNotThatPerson() {
        // "Asaad" folds to "Assad": as the given name of "Asaad al-Eidani" it must not become
        // Bashar al-Assad (a missed mention costs less than a wrong merge).
        for (String text : List.of(
                "Basra governor Asaad al-Eidani said on Monday that the port would reopen. Bashar al-Assad was not named.",
                "Basra governor Asaad al-Eidani met President Bashar al-Assad on Monday. Assad spoke first.")) {
            List<Mention> m = recognize(text);
            int governorAt = text.indexOf("Asaad");
            assertTrue(m.stream().noneMatch(x -> x.begin() <= governorAt && governorAt < x.end()
                    && x.gazetteerKey().equals(Optional.of("bashar-al-assad"))), m.toString());
            assertEquals("bashar-al-assad", get(m, "Bashar al-Assad").gazetteerKey().orElseThrow());
        }
        List<Mention> first = recognize("Basra governor Asaad al-Eidani said on Monday that the port would reopen.");
        assertEquals(EntityType.PERSON, get(first, "Asaad al-Eidani").type());
    }

    @Test
    void acronymsMatchOnlyAsWritten() {
        List<Mention> m = recognize("Officials told us on Monday that the US would not leave.");
        assertEquals(1, m.size(), m.toString());
        assertEquals("united-states", get(m, "US").gazetteerKey().orElseThrow());
    }

    @Test
    void aPossessorIsANameOfItsOwn() {
        List<Mention> m = recognize("Iran's foreign ministry summoned the Swiss envoy on Sunday.");
        assertEquals("iran", get(m, "Iran").gazetteerKey().orElseThrow());
        assertEquals("ministry-of-foreign-affairs-of-iran", get(m, "foreign ministry").gazetteerKey().orElseThrow());
    }

    @Test
    void demonymsBuildInstitutionsButAreNoEntitiesAlone() {
        List<Mention> m = recognize("The Lebanese government rejected the plan, Lebanese officials said.");
        assertEquals("government-of-lebanon", get(m, "Lebanese government").gazetteerKey().orElseThrow());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Lebanese government").type());
        assertEquals(1, m.size(), m.toString());
    }

    @Test
    void aBareInstitutionBelongsToTheCountryTheTextIsAbout() {
        List<Mention> m = recognize("Jordan's king received the delegation in Amman. The foreign ministry later issued a statement.");
        assertEquals("ministry-of-foreign-affairs-of-jordan", get(m, "foreign ministry").gazetteerKey().orElseThrow());
    }

    @Test
    void aCapitalAsSubjectIsItsState() {
        assertEquals("united-states", get(recognize("Washington said it would respond to the attack."), "Washington")
                .gazetteerKey().orElseThrow());
        Mention city = get(recognize("Talks between the two delegations were held in Washington last week."), "Washington");
        assertEquals("washington-dc", city.gazetteerKey().orElseThrow());
        assertEquals(EntityType.CITY, city.type());
    }

    @Test
    void anOrganizationsHeadquartersIsAFacility() {
        Mention hq = get(recognize("A drone hit the Hamas headquarters in the north of the city."), "Hamas headquarters");
        assertEquals(EntityType.FACILITY, hq.type());
        assertEquals("hamas-headquarters", hq.gazetteerKey().orElseThrow());
    }

    @Test
    void geoNamesPlacesAreFound() {
        Mention irbid = get(recognize("Hundreds of protesters gathered in Irbid on Friday."), "Irbid");
        assertEquals("geonames", irbid.layer());
        assertEquals(EntityType.CITY, irbid.type());
        assertEquals("geonames:248946", irbid.gazetteerKey().orElseThrow());
    }

    @Test
    void aPlaceNameInsideAPersonsNameIsNoPlace() {
        List<Mention> m = recognize("Police arrested the engineer Falih Hassan at his home on Tuesday.");
        assertTrue(find(m, "Hassan").isEmpty(), m.toString());
        assertEquals(EntityType.PERSON, get(m, "Falih Hassan").type());
    }

    @Test
    void ordinaryWordsAreNoPlaces() {
        List<Mention> m = recognize("Talks continued amid protests, and the vote was held in May.");
        assertEquals(List.of(), m);
    }

    @Test
    void titlesTypePersonsAndAreLeftOut() {
        Mention p = get(recognize("Defence Minister Karim al-Dulaimawi visited the troops on Sunday."), "Karim al-Dulaimawi");
        assertEquals(EntityType.PERSON, p.type());
        assertEquals("propn", p.layer());
        assertTrue(p.gazetteerKey().isEmpty());
    }

    @Test
    void headWordsTypeOrganizations() {
        List<Mention> m = recognize("The Ministry of Electricity blamed the Basra Oil Company for the outage.");
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Ministry of Electricity").type());
        assertEquals(EntityType.ORGANIZATION, get(m, "Basra Oil Company").type());
    }

    @Test
    void aLowerCaseRegionWordIsPartOfTheName() {
        Mention r = get(recognize("Floods damaged homes across the Shatt al-Arab district this week."), "Shatt al-Arab district");
        assertEquals(EntityType.REGION, r.type());
    }

    @Test
    void aNounBeforeTheNameTypesIt() {
        List<Mention> m = recognize("Clashes broke out in the town of Umm Jarash, according to the militia group Saraya Nasr.");
        assertEquals(EntityType.CITY, get(m, "Umm Jarash").type());
        assertEquals(EntityType.ARMED_GROUP, get(m, "Saraya Nasr").type());
    }

    @Test
    void titleCaseHeadlinesKeepOnlyKnownNames() {
        List<Mention> m = recognize("Drones Strike Air Defence Post In Anbar As Talks Stall\n\nNo one was hurt, officials said.");
        assertEquals(1, m.size(), m.toString());
        assertEquals("anbar-province", m.get(0).gazetteerKey().orElseThrow());
    }

    @Test
    void calendarWordsAndSentenceInitialWordsAreNoNames() {
        assertEquals(List.of(), recognize("Condemning the attack on Wednesday, Senior officials met in March."));
    }

    @Test
    void aDefinedAcronymNamesWhatItsLongFormNames() {
        List<Mention> m = recognize("The Sinjar Protection Council (SPC) denied the report. Later the SPC issued a second statement.");
        Mention longForm = get(m, "Sinjar Protection Council");
        assertEquals(EntityType.GOVERNMENT_BODY, longForm.type());
        List<Mention> acronyms = m.stream().filter(x -> x.text().equals("SPC")).toList();
        assertEquals(2, acronyms.size());
        acronyms.forEach(a -> assertEquals(longForm.type(), a.type()));
        assertEquals("acronym", acronyms.get(1).layer());
    }

    @Test
    void aSurnameAloneIsFoundAfterTheFullName() {
        List<Mention> m = recognize("Kamal Hamdan Shahin, a senior member of the council, met the governor. Shahin said the talks went well.");
        assertEquals(EntityType.PERSON, get(m, "Kamal Hamdan Shahin").type());
        assertEquals(EntityType.PERSON, get(m, "Shahin").type());
    }

    @Test
    void bylineNamesArePersons() {
        List<Mention> m = recognize("By Laila Noor and Omar Farouk\n\nThe convoy reached the border on Monday.");
        assertEquals(EntityType.PERSON, get(m, "Laila Noor").type());
        assertEquals(EntityType.PERSON, get(m, "Omar Farouk").type());
    }

    @Test
    void quotedTitlesAreNoNames() {
        List<Mention> m = recognize("The tanker \"Silver Moon\" was hit off the coast.");
        assertTrue(find(m, "Silver Moon").isEmpty(), m.toString());
    }

    @Test
    void aPlaceIsExpectedAfterAPrepositionOfPlace() {
        List<Mention> m = recognize("The fighters are based in Tell al-Rumman, south of the capital.");
        assertEquals(EntityType.CITY, get(m, "Tell al-Rumman").type());
    }

    @Test
    void aKnownGroupsNameInsideALongerNameIsAnotherGroup() {
        List<Mention> m = recognize("Members of the Saraya Hezbollah al-Mukhtar militia were detained.");
        assertEquals(EntityType.ARMED_GROUP, get(m, "Saraya Hezbollah al-Mukhtar").type());
        assertTrue(find(m, "Hezbollah").isEmpty(), m.toString());
    }

    @Test
    void aKnownCityWithProvinceIsARegion() {
        Mention r = get(recognize("Unrest spread to Irbid province on Monday."), "Irbid province");
        assertEquals(EntityType.REGION, r.type());
        assertTrue(r.gazetteerKey().isEmpty());
    }

    @Test
    void aSurnameAfterALinksArticleIsNoGroup() {
        List<Mention> m = recognize("Sheikh Khalid al-Houthi, a tribal elder, spoke to reporters.");
        assertTrue(find(m, "Houthi").isEmpty(), m.toString());
        assertEquals(EntityType.PERSON, get(m, "Khalid al-Houthi").type());
    }

    @Test
    void badInputYieldsConsistentMentions() {
        List<Source> sources = new ArrayList<>();
        new SourceReader().read(Path.of("src/test/resources/bad-input"), sources::add, p -> { });
        assertFalse(sources.isEmpty());
        for (Source s : sources) {
            for (Mention m : recognizer.recognize(s.text(), annotator.annotate(s.text(), new Segmenter().segment(s)))) {
                assertEquals(s.text().substring(m.begin(), m.end()), m.text());
            }
        }
    }

    @Test
    void aFoldedSurnameThatANameGoesOnFromIsSomeoneElse() {
        // "Kani" folds to "Qaani", a listed surname; "Kani Zewe" is another name altogether
        List<Mention> m = recognize("Farmers of Kani Zewe village said the shelling went on. Qaani visited Baghdad.");
        assertTrue(m.stream().noneMatch(x -> x.text().startsWith("Kani")
                && x.gazetteerKey().orElse("").equals("esmail-qaani")), m::toString);
        assertEquals("esmail-qaani", get(m, "Qaani").gazetteerKey().orElseThrow());
    }

    @Test
    void theArticleBeforeAPlaceNameBelongsToTheMention() {
        List<Mention> m = recognize("The drones were launched from farmland near al-Mayadin on Sunday.");
        Mention place = get(m, "al-Mayadin");
        assertEquals(EntityType.CITY, place.type());
    }

    @Test
    void newsroomCreditsNamePeopleEvenInACapitalisedLine() {
        List<Mention> m = recognize("The talks will resume next week.\n\n"
                + "(Reporting by Samir Haddad in Erbil and Noor Kassem in Amman; Editing by Helen Marsh)");
        assertEquals(EntityType.PERSON, get(m, "Samir Haddad").type());
        assertEquals(EntityType.PERSON, get(m, "Noor Kassem").type());
        assertEquals(EntityType.PERSON, get(m, "Helen Marsh").type());
    }

    @Test
    void hijriMonthsAreDatesNotPlaces() {
        List<Mention> m = recognize("The cleric spoke at a rally marking the first days of Muharram in Karbala.");
        assertTrue(find(m, "Muharram").isEmpty(), m::toString);
        assertTrue(find(m, "Karbala").isPresent());
    }

    @Test
    void aNameTellsItsTypeBeforeTheWordAfterIt() {
        List<Mention> m = recognize("Troops searched caves in the Wadi Tharthar area, Syria's Media Cell said.");
        assertEquals(EntityType.REGION, get(m, "Wadi Tharthar").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "Media Cell").type());
    }

    @Test
    void aProvinceNameBeforeAnAlSurnameIsAGivenName() {
        List<Mention> m = recognize("The lawmaker Muthanna al-Karbouli said the road to Basra was closed.");
        assertEquals(EntityType.PERSON, get(m, "Muthanna al-Karbouli").type());
        assertTrue(m.stream().noneMatch(x -> x.gazetteerKey().orElse("").equals("muthanna-province")), m::toString);
    }

    @Test
    void britishRanksAreTitles() {
        List<Mention> m = recognize("Brigadier Samir Haddad and Air Commodore Helen Marsh briefed reporters in Erbil.");
        assertEquals(EntityType.PERSON, get(m, "Samir Haddad").type());
        assertEquals(EntityType.PERSON, get(m, "Helen Marsh").type());
    }

    @Test
    void headWordsOfCompaniesAndBuildings() {
        List<Mention> m = recognize("Workers of Zagros Energy sheltered in the Nour Girls School near Duhok, "
                + "while two Typhoon FGR4 jets flew over the valley.");
        assertEquals(EntityType.ORGANIZATION, get(m, "Zagros Energy").type());
        assertEquals(EntityType.FACILITY, get(m, "Nour Girls School").type());
        assertTrue(m.stream().noneMatch(x -> x.text().contains("FGR4") && x.type() == EntityType.PERSON), m::toString);
    }

    @Test
    void aTwoWordSuffixNamesAFacility() {
        List<Mention> m = recognize("Drones struck the Khurmala oil field and the Sarsang field on Wednesday.");
        assertEquals(EntityType.FACILITY, get(m, "Khurmala oil field").type());
        assertEquals(EntityType.FACILITY, get(m, "Sarsang field").type());
    }

    @Test
    void aCapitalNamedOnlyAsAnActorIsItsStateThroughoutTheDocument() {
        List<Mention> m = recognize("Tehran rejected the report on Tuesday. Analysts said the militias backed by "
                + "Tehran would not disarm.");
        assertTrue(m.stream().filter(x -> x.text().equals("Tehran")).allMatch(x ->
                x.gazetteerKey().orElse("").equals("iran") && x.type() == EntityType.COUNTRY
                        && !x.namesItsEntity()), m::toString);
    }

    @Test
    void aCapitalAlsoNamedAsAPlaceStaysTheCityThroughoutTheDocument() {
        List<Mention> m = recognize("Tehran rejected the report on Tuesday. Protesters gathered in Tehran on Friday.");
        assertTrue(m.stream().filter(x -> x.text().equals("Tehran")).allMatch(x ->
                x.gazetteerKey().orElse("").equals("tehran") && x.type() == EntityType.CITY), m::toString);
    }

    @Test
    void bylineAuthorsArePeople() {
        String doc = "Drones hit oil fields across the region\n\nBy Samir Haddad | Erbil | 16 July 2025\n\n"
                + "Drones struck two oil fields near Erbil on Wednesday, officials said.\n";
        Segmentation seg = new Segmenter().segment(doc);
        List<Mention> m = recognizer.recognize(doc, annotator.annotate(doc, seg), seg.authors());
        Mention author = get(m, "Samir Haddad");
        assertEquals(EntityType.PERSON, author.type());
        assertEquals("byline", author.layer());
        // a span another layer took is left to it
        List<Mention> taken = recognizer.recognize(doc, annotator.annotate(doc, seg), List.of(new NameSpan(115, 123)));
        assertTrue(taken.stream().noneMatch(x -> x.layer().equals("byline")), taken::toString);
    }

    @Test
    void aKnownSurnameWithItsArticleAfterAnotherGivenNameIsSomeoneElse() {
        List<Mention> m = recognize("The tribal leader Sheikh Kadhim al-Maliki said the clash was over land.");
        assertTrue(m.stream().noneMatch(x -> x.gazetteerKey().orElse("").equals("nouri-al-maliki")), m::toString);
    }

    @Test
    void numberedUnitsAreNames() {
        List<Mention> m = recognize("The 30th Brigade handed its checkpoints to the army's 16th Division on Monday.");
        assertEquals(EntityType.ARMED_GROUP, get(m, "30th Brigade").type());
        assertEquals(EntityType.GOVERNMENT_BODY, get(m, "16th Division").type());
    }

    @Test
    void tribesIslandsAndCapesByTheirWords() {
        List<Mention> m = recognize("Fighters of the Aqidat tribe fled to Kamaran island, and ships sailed round "
                + "the Cape of Good Hope.");
        assertEquals(EntityType.ORGANIZATION, get(m, "Aqidat tribe").type());
        assertEquals(EntityType.REGION, get(m, "Kamaran island").type());
        assertEquals(EntityType.REGION, get(m, "Cape of Good Hope").type());
    }

    @Test
    void aNameJoinedToAKnownTownIsATown() {
        List<Mention> m = recognize("A drone hit a car on the road between Tyre and Qlayaa on Thursday, "
                + "and shells fell near Kfar Shouba.");
        assertEquals(EntityType.CITY, get(m, "Qlayaa").type());
        assertEquals(EntityType.CITY, get(m, "Kfar Shouba").type());
    }

    @Test
    void aRegionalGovernmentsMinistryIsNotTheStates() {
        List<Mention> m = recognize("The KRG's Ministry of Interior said the drones came from the south. "
                + "Iraq's Ministry of Interior said it was investigating.");
        List<String> keys = m.stream().map(x -> x.gazetteerKey().orElse("")).toList();
        assertEquals(1, keys.stream().filter(k -> k.equals("ministry-of-interior-of-iraq")).count(), m::toString);
        assertTrue(m.stream().noneMatch(x -> x.begin() < 30 && x.gazetteerKey().orElse("").equals("ministry-of-interior-of-iraq")),
                m::toString);
    }

    @Test
    void aLoneNameNearWhichSomethingHappenedIsAPlace() {
        List<Mention> m = recognize("A drone struck a pickup truck near Khanasor on Monday, the mayor said.");
        assertEquals(EntityType.CITY, get(m, "Khanasor").type());
    }

    @Test
    void anIrgcRankIsATitle() {
        List<Mention> m = recognize("Second Brigadier General Jalil Babazadeh warned the groups on Monday.");
        assertEquals(EntityType.PERSON, get(m, "Jalil Babazadeh").type());
    }

    @Test
    void ordinalsAndSiteFurnitureAreNotNames() {
        List<Mention> m = recognize("Units of the Fourth Division moved east. Read our Cookie Policy for details.");
        assertTrue(m.stream().noneMatch(x -> x.text().equals("Fourth") && x.type() == EntityType.CITY), m::toString);
        assertTrue(find(m, "Cookie Policy").isEmpty(), m::toString);
    }

    @Test
    void aPlacesNameAsAnAlSurnameIsNoPlace() {
        // "Husseini" and the like are place names in GeoNames too
        List<Mention> m = recognize("Jaafar al-Husseini, a spokesman, said the fields were hit.");
        assertTrue(m.stream().noneMatch(x -> x.text().contains("Husseini") && x.type().isLocation()), m::toString);
    }

    @Test
    void theNinevehPlainsAreNotTheGovernorate() {
        List<Mention> m = recognize("Christians returned to the Nineveh Plains, in Nineveh province.");
        assertEquals("nineveh-plains", get(m, "Nineveh Plains").gazetteerKey().orElseThrow());
        assertEquals("nineveh-province", get(m, "Nineveh province").gazetteerKey().orElseThrow());
    }
}
