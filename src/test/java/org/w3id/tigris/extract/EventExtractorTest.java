package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.tigris.extract.EventsOfType.of;
import static org.w3id.tigris.extract.EventsOfType.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;

class EventExtractorTest {
    private static Annotator annotator;
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        annotator = new Annotator(AnnotationModels.load());
        extractor = new EventExtractor();
    }

    private static Fixture article(String headline, String body) {
        return Fixture.article(annotator, headline, body);
    }

    @Test
    void activeVerbGivesAgentTargetPlaceDateCountAndMode() {
        ExtractionInput in = article(null,
                "The Syrian army shelled rebel positions in Idlib on Tuesday, killing five civilians.")
                .entity("Syrian army", "syrian-army", EntityType.GOVERNMENT_BODY)
                .entity("Idlib", "idlib", EntityType.CITY)
                .dated(LocalDate.of(2023, 5, 4)) // a Thursday
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(List.of("syrian-army"), e.agents());
        assertEquals(Optional.of("idlib"), e.place());
        assertEquals("2023-05-02", e.date().orElseThrow().lexical());
        assertEquals(Optional.of(5), e.killed());
        assertEquals(Optional.of("shelling"), e.mode());
        assertTrue(e.confidence() > 0 && e.confidence() <= 1);
        assertTrue(in.text().substring(e.evidenceBegin(), e.evidenceEnd()).contains("shelled"));
    }

    @Test
    void passiveVerbTakesItsAgentFromTheByPhrase() {
        ExtractionInput in = article(null,
                "A Saudi convoy was attacked by Ansar Allah near Hodeidah on 3 March 2023.")
                .entity("Ansar Allah", "ansar-allah", EntityType.ARMED_GROUP)
                .entity("Hodeidah", "hodeidah", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(List.of("ansar-allah"), e.agents());
        assertEquals(Optional.of("hodeidah"), e.place());
        assertEquals("2023-03-03", e.date().orElseThrow().lexical());
    }

    @Test
    void nounTriggersTakePremodifiersAndPossessorsAsAgents() {
        ExtractionInput in = article(null,
                "A US drone strike in Mosul hit a warehouse. Residents still recall Russia's bombardment of Aleppo.")
                .entity("US", "united-states", EntityType.COUNTRY)
                .entity("Mosul", "mosul", EntityType.CITY)
                .entity("Russia", "russia", EntityType.COUNTRY)
                .entity("Aleppo", "aleppo", EntityType.CITY)
                .build();
        List<Event> events = of(EventType.ASSAULT, extractor.extract(in));
        Event strike = events.stream().filter(e -> e.agents().contains("united-states")).findFirst().orElseThrow();
        assertEquals(Optional.of("drone"), strike.mode());
        assertEquals(Optional.of("mosul"), strike.place());
        Event bombardment = events.stream().filter(e -> e.agents().contains("russia")).findFirst().orElseThrow();
        assertTrue(bombardment.targets().contains("aleppo"));
    }

    @Test
    void demonymsStandForCountriesOnlyWhenTheDocumentNamesThem() {
        String body = "Turkish airstrikes on Sinjar destroyed two bridges.";
        ExtractionInput without = article(null, body).entity("Sinjar", "sinjar", EntityType.CITY).build();
        Event e = only(EventType.ASSAULT, extractor.extract(without));
        assertTrue(e.agents().isEmpty(), "no Turkey mention, no Turkey agent");
        ExtractionInput with = article(null, body + " Turkey says it targets militants.")
                .entity("Sinjar", "sinjar", EntityType.CITY)
                .entity("Turkey", "turkey", EntityType.COUNTRY)
                .build();
        Event withTurkey = of(EventType.ASSAULT, extractor.extract(with)).get(0);
        assertEquals(List.of("turkey"), withTurkey.agents());
        assertEquals(Optional.of("airstrike"), withTurkey.mode());
    }

    @Test
    void antiPrefixNamesTheTarget() {
        ExtractionInput in = article(null, "French jets joined anti-ISIS airstrikes near Raqqa in 2017.")
                .entity("ISIS", "isis", EntityType.ARMED_GROUP)
                .entity("Raqqa", "raqqa", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(List.of("isis"), e.targets());
        assertEquals("2017", e.date().orElseThrow().lexical());
    }

    @Test
    void casualtyCountsFromSubjectsObjectsAndCoordination() {
        ExtractionInput in = article(null,
                "According to the health ministry, 12 members of the militia were killed in the raids and at least"
                        + " 30 others were wounded. Gunmen killed a police officer and two guards in Kirkuk.")
                .entity("Kirkuk", "kirkuk", EntityType.CITY)
                .build();
        List<Event> events = of(EventType.ASSAULT, extractor.extract(in));
        assertTrue(events.stream().anyMatch(e -> e.killed().equals(Optional.of(12)) && e.injured().equals(Optional.of(30))),
                () -> events.toString());
        assertTrue(events.stream().anyMatch(e -> e.killed().equals(Optional.of(3))), () -> events.toString());
    }

    @Test
    void deathOfNamesACount() {
        ExtractionInput in = article(null, "Protests followed the death of four contractors in Fallujah last month.")
                .entity("Fallujah", "fallujah", EntityType.CITY)
                .dated(LocalDate.of(2022, 8, 10))
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(Optional.of(4), e.killed());
        assertEquals("2022-07", e.date().orElseThrow().lexical());
    }

    @Test
    void headlineAndLedeTellOneEvent() {
        ExtractionInput in = article("Israeli Strike Kills Hamas Commander In Rafah",
                "An Israeli airstrike in Rafah killed a senior Hamas commander on Sunday, the army said.")
                .entity("Israel", "israel", EntityType.COUNTRY)
                .entity("Hamas", "hamas", EntityType.ARMED_GROUP)
                .entity("Rafah", "rafah", EntityType.CITY)
                .dated(LocalDate.of(2024, 6, 4))
                .build();
        List<Event> assaults = of(EventType.ASSAULT, extractor.extract(in));
        assertEquals(1, assaults.size(), () -> assaults.toString());
        Event e = assaults.get(0);
        assertEquals(Optional.of("rafah"), e.place());
        assertEquals("2024-06-02", e.date().orElseThrow().lexical());
        assertEquals(Optional.of(1), e.killed());
    }

    @Test
    void laterDefiniteMentionsJoinTheEventTold() {
        ExtractionInput in = article(null,
                "Iran launched missile attacks on Erbil on Monday. The attacks damaged a hospital, and 14 people"
                        + " were injured in the attacks.")
                .entity("Iran", "iran", EntityType.COUNTRY)
                .entity("Erbil", "erbil", EntityType.CITY)
                .dated(LocalDate.of(2024, 1, 17))
                .build();
        List<Event> assaults = of(EventType.ASSAULT, extractor.extract(in));
        assertEquals(1, assaults.size(), () -> assaults.toString());
        Event e = assaults.get(0);
        assertEquals(List.of("iran"), e.agents());
        assertEquals(Optional.of("missile"), e.mode());
        assertEquals(Optional.of(14), e.injured());
        assertEquals("2024-01-15", e.date().orElseThrow().lexical());
    }

    @Test
    void distinctAttacksStayApart() {
        ExtractionInput in = article(null,
                "Jordan shelled smugglers near Ruwaished on Friday. Separately, Syria bombed Daraa on Sunday.")
                .entity("Jordan", "jordan", EntityType.COUNTRY)
                .entity("Ruwaished", "ruwaished", EntityType.CITY)
                .entity("Syria", "syria", EntityType.COUNTRY)
                .entity("Daraa", "daraa", EntityType.CITY)
                .dated(LocalDate.of(2023, 3, 1))
                .build();
        assertEquals(2, of(EventType.ASSAULT, extractor.extract(in)).size());
    }

    @Test
    void typesComeFromTheTable() {
        ExtractionInput in = article(null,
                "Egypt rejected the plan. Qatar urged both sides to talk. Jordan accused Syria of smuggling."
                        + " Turkey deployed troops to Idlib. Egyptian and Qatari mediators met in Doha on Monday.")
                .entity("Egypt", "egypt", EntityType.COUNTRY)
                .entity("Qatar", "qatar", EntityType.COUNTRY)
                .entity("Jordan", "jordan", EntityType.COUNTRY)
                .entity("Syria", "syria", EntityType.COUNTRY)
                .entity("Turkey", "turkey", EntityType.COUNTRY)
                .entity("Idlib", "idlib", EntityType.CITY)
                .entity("Doha", "doha", EntityType.CITY)
                .dated(LocalDate.of(2023, 3, 1))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(List.of("egypt"), only(EventType.REJECT, events).agents());
        assertEquals(List.of("qatar"), only(EventType.REQUEST, events).agents());
        Event accuse = only(EventType.ACCUSE, events);
        assertEquals(List.of("jordan"), accuse.agents());
        assertEquals(List.of("syria"), accuse.targets());
        Event mobilize = only(EventType.MOBILIZE, events);
        assertEquals(Optional.of("idlib"), mobilize.place());
        assertEquals(Optional.of("doha"), only(EventType.CONSULT, events).place());
    }

    @Test
    void condemningIsAccusingAsPloverMapsCameo111() {
        ExtractionInput in = article(null,
                "Egypt condemned the raid. Qatar denounced the blockade. Jordan denied the report.")
                .entity("Egypt", "egypt", EntityType.COUNTRY)
                .entity("Qatar", "qatar", EntityType.COUNTRY)
                .entity("Jordan", "jordan", EntityType.COUNTRY)
                .dated(LocalDate.of(2023, 3, 1))
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(List.of("egypt", "qatar"), of(EventType.ACCUSE, events).stream()
                .flatMap(e -> e.agents().stream()).sorted().toList(), () -> events.toString());
        assertEquals(List.of("jordan"), only(EventType.REJECT, events).agents());
        // the condemned raid is the object of the condemnation, not an attack told here
        assertTrue(of(EventType.ASSAULT, events).isEmpty(), () -> events.toString());
    }

    @Test
    void vowsAndFutureAttacksAreThreats() {
        ExtractionInput in = article(null, "Kataib Hezbollah said it will attack US bases in Syria.")
                .entity("Kataib Hezbollah", "kataib-hezbollah", EntityType.ARMED_GROUP)
                .entity("US", "united-states", EntityType.COUNTRY)
                .entity("Syria", "syria", EntityType.COUNTRY)
                .build();
        List<Event> events = extractor.extract(in);
        assertTrue(of(EventType.ASSAULT, events).isEmpty(), () -> events.toString());
        Event threat = only(EventType.THREATEN, events);
        assertTrue(threat.targets().contains("united-states"));
    }

    @Test
    void negatedTriggersAreNoEvents() {
        ExtractionInput in = article(null, "The army did not attack Jenin on Friday.")
                .entity("Jenin", "jenin", EntityType.CITY)
                .build();
        assertTrue(extractor.extract(in).isEmpty());
    }

    @Test
    void compoundModifiersAreNoEvents() {
        ExtractionInput in = article(null, "Hezbollah opened an operations center near Tyre and bought attack drones.")
                .entity("Hezbollah", "hezbollah", EntityType.ARMED_GROUP)
                .entity("Tyre", "tyre", EntityType.CITY)
                .build();
        assertTrue(of(EventType.ASSAULT, extractor.extract(in)).isEmpty());
    }

    @Test
    void boilerplateYieldsNoEvents() {
        ExtractionInput in = article(null, "The weather in Basra was mild.")
                .entity("Basra", "basra", EntityType.CITY)
                .entity("Iran", "iran", EntityType.COUNTRY)
                .boilerplate("Iran attacked our servers: donate now to keep us online.")
                .build();
        assertTrue(extractor.extract(in).isEmpty());
    }

    @Test
    void undatedEventsTakeTheArticleMonthAndNothingWithoutADate() {
        String body = "Militants ambushed a patrol near Tikrit.";
        ExtractionInput dated = article(null, body).entity("Tikrit", "tikrit", EntityType.CITY)
                .published(LocalDate.of(2021, 9, 30)).build();
        Event e = only(EventType.ASSAULT, extractor.extract(dated));
        assertEquals("2021-09", e.date().orElseThrow().lexical());
        ExtractionInput undated = article(null, body).entity("Tikrit", "tikrit", EntityType.CITY).build();
        assertTrue(only(EventType.ASSAULT, extractor.extract(undated)).date().isEmpty());
    }

    @Test
    void aDatelineDatesAnUndatedArticle() {
        ExtractionInput in = article(null,
                "ERBIL, 5 May 2022 - Drones attacked the airport in Erbil on Tuesday, officials said.")
                .entity("ERBIL", "erbil", EntityType.CITY)
                .entity("Erbil", "erbil", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals("2022-05-03", e.date().orElseThrow().lexical());
        assertEquals(Optional.of("drone"), e.mode());
        assertEquals(Optional.of("erbil"), e.place());
    }

    @Test
    void eventKeysAreUnique() {
        ExtractionInput in = article("Strikes Hit Gaza And Rafah",
                "Israeli strikes hit Gaza and Rafah on Monday. Israel also struck Khan Younis.")
                .entity("Israel", "israel", EntityType.COUNTRY)
                .entity("Gaza", "gaza", EntityType.REGION)
                .entity("Rafah", "rafah", EntityType.CITY)
                .entity("Khan Younis", "khan-younis", EntityType.CITY)
                .dated(LocalDate.of(2024, 5, 8))
                .build();
        List<Event> events = extractor.extract(in);
        Set<String> keys = new HashSet<>();
        for (Event e : events)
            assertTrue(keys.add(e.evidenceBegin() + "/" + e.type()), () -> events.toString());
        assertFalse(events.isEmpty());
    }

    @Test
    void aPlatformNamedInAPhraseIsNotWhatItStandsFor() {
        ExtractionInput in = article(null,
                "Saraya Awliya al-Dam said in a statement posted on Telegram that it had attacked a base in Erbil.")
                .entity("Saraya Awliya al-Dam", "saraya-awliya-al-dam", EntityType.ARMED_GROUP)
                .entity("Telegram", "telegram", EntityType.ORGANIZATION)
                .entity("Erbil", "erbil", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(List.of("saraya-awliya-al-dam"), e.agents());
    }

    @Test
    void aDemonymBeforeAnArmedGroupIsNotTheState() {
        ExtractionInput in = article(null,
                "An Iraqi armed group attacked a Syrian base near Deir ez-Zor on Sunday. Iraq condemned it.")
                .entity("Iraq", "iraq", EntityType.COUNTRY)
                .entity("Deir ez-Zor", "deir-ez-zor", EntityType.CITY)
                .build();
        Event e = of(EventType.ASSAULT, extractor.extract(in)).get(0);
        assertFalse(e.agents().contains("iraq"), e::toString);
    }

    @Test
    void anAnonymousSourceAskingNotToBeNamedRequestsNothing() {
        ExtractionInput in = article(null,
                "A Hezbollah official in Tyre, who asked not to be named because he was not authorised to brief "
                + "the media, said the group would respond to the Israeli strikes.")
                .entity("Hezbollah", "hezbollah", EntityType.ARMED_GROUP)
                .entity("Tyre", "tyre", EntityType.CITY)
                .build();
        assertTrue(of(EventType.REQUEST, extractor.extract(in)).isEmpty());
    }

    @Test
    void aPronounOpeningItsSentenceStandsForTheActorBefore() {
        ExtractionInput in = article(null,
                "Jan Kubis, the UN envoy, arrived in Juba on Monday. He urged both sides to return to the talks. "
                + "The Sudanese army said the road was open. Its troops detained four smugglers near Kassala.")
                .entity("Jan Kubis", "jan-kubis", EntityType.PERSON)
                .entity("Juba", "juba", EntityType.CITY)
                .entity("Sudanese army", "sudanese-armed-forces", EntityType.GOVERNMENT_BODY)
                .entity("Kassala", "kassala", EntityType.CITY)
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(List.of("jan-kubis"), only(EventType.REQUEST, events).agents());
        assertEquals(List.of("sudanese-armed-forces"), only(EventType.COERCE, events).agents());
    }

    @Test
    void aPronounAfterOtherWordsLooksNoFurtherThanItsSentence() {
        ExtractionInput in = article(null,
                "Myanmar's junta met Thai officials. A rebel movement thinks twice before it invites a raid.")
                .entity("Myanmar", "myanmar", EntityType.COUNTRY)
                .build();
        List<Event> events = extractor.extract(in);
        assertTrue(of(EventType.ASSAULT, events).stream().noneMatch(e -> e.agents().contains("myanmar")),
                events::toString);
    }

    @Test
    void launchingAWeaponIsAnAttack() {
        ExtractionInput in = article(null, "Russia launched around 90 cruise missiles at Kyiv on Tuesday.")
                .entity("Russia", "russia", EntityType.COUNTRY)
                .entity("Kyiv", "kyiv", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(List.of("russia"), e.agents());
        assertEquals(Optional.of("missile"), e.mode());
    }

    @Test
    void partiesBetweenAndAgreedWithAreAgentsOfAnAgreement() {
        ExtractionInput in = article(null,
                "A 2019 agreement between Ethiopia and Eritrea reopened the border. "
                + "Chad later signed a deal with Niger on border patrols.")
                .entity("Ethiopia", "ethiopia", EntityType.COUNTRY)
                .entity("Eritrea", "eritrea", EntityType.COUNTRY)
                .entity("Chad", "chad", EntityType.COUNTRY)
                .entity("Niger", "niger", EntityType.COUNTRY)
                .build();
        List<Event> agreements = of(EventType.AGREE, extractor.extract(in));
        assertEquals(2, agreements.size(), agreements::toString);
        assertEquals(Set.of("ethiopia", "eritrea"), new HashSet<>(agreements.get(0).agents()));
        assertEquals(Set.of("chad", "niger"), new HashSet<>(agreements.get(1).agents()));
    }

    @Test
    void aTruceTakingEffectIsAnAgreementThoughNoPartyIsNamed() {
        ExtractionInput in = article(null, "The truce took effect on 10 May 2024. Shops reopened.")
                .build();
        assertEquals("2024-05-10", only(EventType.AGREE, extractor.extract(in)).date().orElseThrow().lexical());
    }

    @Test
    void membersOfABodyActForIt() {
        ExtractionInput in = article(null, "Lawmakers from the Democratic Party boycotted the session on Monday.")
                .entity("Democratic Party", "democratic-party", EntityType.ORGANIZATION)
                .build();
        assertEquals(List.of("democratic-party"), only(EventType.PROTEST, extractor.extract(in)).agents());
    }

    @Test
    void aLightVerbReachesPastAPossessivePronoun() {
        ExtractionInput in = article(null, "Azerbaijan has stepped up its operations in Karabakh.")
                .entity("Azerbaijan", "azerbaijan", EntityType.COUNTRY)
                .entity("Karabakh", "karabakh", EntityType.REGION)
                .build();
        assertEquals(List.of("azerbaijan"), only(EventType.ASSAULT, extractor.extract(in)).agents());
    }

    @Test
    void walkoutsCallsAndClashesComeFromTheTable() {
        ExtractionInput in = article(null,
                "Opposition deputies of the PTI walked out of parliament. Modi phoned Putin on Friday. "
                + "Clashes between the RSF and the army killed 12 people in Omdurman.")
                .entity("PTI", "pti", EntityType.ORGANIZATION)
                .entity("Modi", "narendra-modi", EntityType.PERSON)
                .entity("Putin", "vladimir-putin", EntityType.PERSON)
                .entity("RSF", "rapid-support-forces", EntityType.ARMED_GROUP)
                .entity("Omdurman", "omdurman", EntityType.CITY)
                .build();
        List<Event> events = extractor.extract(in);
        assertEquals(List.of("pti"), only(EventType.PROTEST, events).agents());
        Event call = only(EventType.CONSULT, events);
        assertEquals(List.of("narendra-modi"), call.agents());
        assertEquals(List.of("vladimir-putin"), call.targets());
        assertEquals(Optional.of(12), only(EventType.ASSAULT, events).killed());
    }

    @Test
    void seizingAPlaceIsAnAttackAndSeizingGoodsCoercion() {
        ExtractionInput in = article(null,
                "The RSF seized Wad Madani in December. The Sudan Police Force seized 40 rifles in Kassala.")
                .entity("Sudan Police Force", "sudan-police-force", EntityType.GOVERNMENT_BODY)
                .entity("RSF", "rapid-support-forces", EntityType.ARMED_GROUP)
                .entity("Wad Madani", "wad-madani", EntityType.CITY)
                .entity("Kassala", "kassala", EntityType.CITY)
                .dated(LocalDate.of(2024, 1, 5))
                .build();
        List<Event> events = extractor.extract(in);
        Event attack = only(EventType.ASSAULT, events);
        assertEquals(List.of("rapid-support-forces"), attack.agents());
        assertEquals(Optional.of("wad-madani"), attack.place());
        assertEquals(1, of(EventType.COERCE, events).size(), events::toString);
    }

    @Test
    void launchingNamedWeaponsIsAnAttack() {
        ExtractionInput in = article(null, "Russia launched 112 Shahed drones at Odesa overnight.")
                .entity("Russia", "russia", EntityType.COUNTRY)
                .entity("Shahed", "shahed", EntityType.ORGANIZATION)
                .entity("Odesa", "odesa", EntityType.CITY)
                .build();
        assertEquals(List.of("russia"), only(EventType.ASSAULT, extractor.extract(in)).agents());
    }

    @Test
    void aWeaponHittingAPlacedTargetIsAnAttackThoughNoOneIsNamed() {
        ExtractionInput in = article(null, "A mortar round hit a house in Kafr Nabl on Sunday. Prices rose in Idlib.")
                .entity("Kafr Nabl", "kafr-nabl", EntityType.CITY)
                .entity("Idlib", "idlib", EntityType.CITY)
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(Optional.of("kafr-nabl"), e.place());
        assertEquals(Optional.of("mortar"), e.mode());
    }

    @Test
    void aPlaceNamedByCompassOrBetweenTwoTownsIsTheEventsPlace() {
        ExtractionInput north = article(null,
                "Rebel fighters ambushed an army patrol south of Tessalit on Monday, the army said.")
                .entity("Tessalit", "tessalit", EntityType.CITY)
                .dated(LocalDate.of(2025, 5, 7))
                .build();
        assertEquals(Optional.of("tessalit"), only(EventType.ASSAULT, extractor.extract(north)).place());
        ExtractionInput between = article(null,
                "Gunmen attacked a bus on the road between Gao and Ansongo on Monday, officials said.")
                .entity("Gao", "gao", EntityType.CITY)
                .entity("Ansongo", "ansongo", EntityType.CITY)
                .dated(LocalDate.of(2025, 5, 7))
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(between));
        assertTrue(e.place().isPresent(), () -> "a place expected in " + e);
        assertTrue(e.agents().isEmpty(), () -> "towns are no agents: " + e);
    }

    @Test
    void violenceOfOtherConflictsIsAssault() {
        ExtractionInput in = article(null,
                "Militiamen stormed Kiwanja on Monday. The militia torched Rutshuru on Tuesday."
                        + " The army repelled the militia near Goma on Wednesday.")
                .entity("Kiwanja", "kiwanja", EntityType.CITY)
                .entity("Rutshuru", "rutshuru", EntityType.CITY)
                .entity("Goma", "goma", EntityType.CITY)
                .entity("army", "fardc", EntityType.GOVERNMENT_BODY)
                .dated(LocalDate.of(2025, 5, 9))
                .build();
        List<Event> assaults = of(EventType.ASSAULT, extractor.extract(in));
        assertEquals(3, assaults.size(), () -> "three assaults expected in " + assaults);
    }

    @Test
    void whoAnAttackIsBlamedOnOrAttributedToDidIt() {
        ExtractionInput in = article(null,
                "A car bomb blamed on the Northern Front killed six people in Tessalit on Monday."
                        + " A rocket attack attributed to the Eastern Brigade hit Gao on Tuesday.")
                .entity("Northern Front", "northern-front", EntityType.ARMED_GROUP)
                .entity("Tessalit", "tessalit", EntityType.CITY)
                .entity("Eastern Brigade", "eastern-brigade", EntityType.ARMED_GROUP)
                .entity("Gao", "gao", EntityType.CITY)
                .dated(LocalDate.of(2025, 5, 9))
                .build();
        List<Event> assaults = of(EventType.ASSAULT, extractor.extract(in));
        assertTrue(assaults.stream().anyMatch(e -> e.agents().equals(List.of("northern-front"))), assaults::toString);
        assertTrue(assaults.stream().anyMatch(e -> e.agents().equals(List.of("eastern-brigade"))), assaults::toString);
        assertTrue(assaults.stream().noneMatch(e -> e.targets().contains("northern-front")), assaults::toString);
    }

    @Test
    void aShipStruckIsTheTargetAndThePortBesideItThePlace() {
        // the headline and the lede tell one strike: they agree on the place only if the ship is not one
        ExtractionInput in = article("Ukraine hits Russian warship at Novorossiysk",
                "Ukrainian naval drones struck the Russian Black Sea Fleet patrol ship Viktor Veliky near the port of"
                        + " Novorossiysk early on Monday, Ukraine's navy said.")
                .entity("Ukraine", "ukraine", EntityType.COUNTRY)
                .entity("Black Sea Fleet", "black-sea-fleet", EntityType.GOVERNMENT_BODY)
                .entity("Viktor Veliky", "viktor-veliky", EntityType.FACILITY)
                .entity("Novorossiysk", "novorossiysk", EntityType.CITY)
                .dated(LocalDate.of(2026, 8, 25))
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertTrue(e.targets().contains("viktor-veliky"), e.targets().toString());
        assertEquals(Optional.of("novorossiysk"), e.place());
    }

    @Test
    void aCompoundStruckIsStillThePlace() {
        ExtractionInput in = article(null, "Drones struck the Zamzam camp on Monday, killing four people.")
                .entity("Zamzam camp", "zamzam-camp", EntityType.FACILITY)
                .dated(LocalDate.of(2026, 8, 25))
                .build();
        assertEquals(Optional.of("zamzam-camp"), only(EventType.ASSAULT, extractor.extract(in)).place());
    }

    @Test
    void aPassiveAttackOnASiteOfATownTakesTheTownAndTheGroupItsMembersBelongTo() {
        // press releases: the site attacked is no name, the town is in its of-phrase, the attackers
        // are members of the group
        ExtractionInput in = article(null,
                "The police station of the municipality of Suarez was attacked with drones and rifle fire on Sunday,"
                        + " 8 November 2026, by members of the Jaime Martinez front.")
                .entity("Suarez", "suarez", EntityType.CITY)
                .entity("Jaime Martinez front", "jaime-martinez-front", EntityType.ARMED_GROUP)
                .dated(LocalDate.of(2026, 11, 8))
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(Optional.of("suarez"), e.place());
        assertEquals(List.of("jaime-martinez-front"), e.agents());
        assertEquals("2026-11-08", e.date().orElseThrow().lexical());
    }

    @Test
    void anAttackCarriedOutAgainstTheTownOfXByElementsOfY() {
        ExtractionInput in = article(null,
                "The attack carried out on Sunday 1 November 2026 against the town of Nyanzale by elements of the M23"
                        + " killed nine civilians.")
                .entity("Nyanzale", "nyanzale", EntityType.CITY)
                .entity("M23", "m23", EntityType.ARMED_GROUP)
                .dated(LocalDate.of(2026, 11, 3))
                .build();
        Event e = only(EventType.ASSAULT, extractor.extract(in));
        assertEquals(Optional.of("nyanzale"), e.place());
        assertEquals(List.of("m23"), e.agents());
        assertEquals("2026-11-01", e.date().orElseThrow().lexical());
    }

    @Test
    void aCondemnedAttackToldWithItsDayAndPlaceIsAlsoAnAttack() {
        // "condemned the raid" names an attack; "condemns the attack carried out on Sunday 1 November
        // against the town of X" tells it: the statement is its first report
        ExtractionInput in = article(null,
                "The government of Kenya condemns the attack carried out on Sunday 1 November 2026 against the town"
                        + " of Nyanzale, in North Kivu.")
                .entity("Kenya", "kenya", EntityType.COUNTRY)
                .entity("Nyanzale", "nyanzale", EntityType.CITY)
                .entity("North Kivu", "north-kivu", EntityType.REGION)
                .dated(LocalDate.of(2026, 11, 3))
                .build();
        List<Event> events = extractor.extract(in);
        only(EventType.ACCUSE, events);
        Event attack = only(EventType.ASSAULT, events);
        assertEquals(Optional.of("nyanzale"), attack.place());
        assertEquals("2026-11-01", attack.date().orElseThrow().lexical());
    }
}
