package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;
import org.w3id.tigris.recognize.EntityType;

class ClaimExtractorTest {
    private static Annotator annotator;
    private static Lexicon lexicon;
    private static EventExtractor events;
    private static ClaimExtractor claims;

    @BeforeAll
    static void load() {
        annotator = new Annotator(AnnotationModels.load());
        lexicon = Lexicon.load();
        events = new EventExtractor(lexicon);
        claims = new ClaimExtractor(lexicon);
    }

    private static Fixture article(String body) {
        return Fixture.article(annotator, null, body);
    }

    private record Found(ExtractionInput input, List<Claim> claims) {
        String text(Claim c) {
            return input.text().substring(c.textBegin(), c.textEnd());
        }

        Claim by(String claimant) {
            return claims.stream().filter(c -> c.claimant().equals(Optional.of(claimant))).findFirst()
                    .orElseThrow(() -> new AssertionError("no claim by " + claimant + " in " + describe()));
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            for (Claim c : claims)
                sb.append(c.claimant().orElse("?")).append(" {").append(c.cue()).append("} «").append(text(c)).append("» ");
            return sb.toString();
        }
    }

    private static Found extract(Fixture fixture) {
        ExtractionInput in = fixture.build();
        return new Found(in, claims.extract(in, events.extract(in)));
    }

    @Test
    void aNounCueEndingASentenceWithoutAStopIsNoClaimAndNoFailure() {
        Found f = extract(article("The army rejected the statement\n\nThe fighting went on near the river on Monday."));
        assertTrue(f.claims().stream().noneMatch(c -> c.cue().toLowerCase().contains("statement")), f.describe());
    }

    @Test
    void quotationWithCueAfter() {
        Found f = extract(article("“We will answer this attack at a time of our choosing,” Yoav Gallant said on Sunday.")
                .entity("Yoav Gallant", "yoav-gallant", EntityType.PERSON)
                .dated(LocalDate.of(2024, 4, 16)));
        Claim c = f.by("yoav-gallant");
        assertTrue(c.direct());
        assertEquals("said", c.cue());
        assertEquals("We will answer this attack at a time of our choosing", f.text(c));
        assertEquals("2024-04-14", c.date().orElseThrow().lexical());
    }

    @Test
    void aDefiniteTitleIsThePersonNamedBeforeWithIt() {
        // "The Governor" later in the release is the governor the release named, not nobody
        Found f = extract(article("Governor Caleb Daniyan visited Bokkos on Tuesday with the police commissioner."
                + " The Governor said that the perpetrators would be fished out soon.")
                .entity("Caleb Daniyan", "caleb-daniyan", EntityType.PERSON)
                .entity("Bokkos", "bokkos", EntityType.CITY));
        assertEquals("the perpetrators would be fished out soon", f.text(f.by("caleb-daniyan")));
        // a title no person named before bears is nobody in particular
        Found g = extract(article("Caleb Daniyan visited Bokkos on Tuesday."
                + " The minister said that the perpetrators would be fished out and punished.")
                .entity("Caleb Daniyan", "caleb-daniyan", EntityType.PERSON)
                .entity("Bokkos", "bokkos", EntityType.CITY));
        assertTrue(g.claims().stream().noneMatch(c -> c.claimant().isPresent()), g.describe());
    }

    @Test
    void aTitledPersonNamedInAppositionIsTheNextPronoun() {
        // the governor is named: "He" is he, not the region his title names
        Found f = extract(article("The governor of the Tapoa region, Colonel Hamidou Kabore, visited the wounded on Saturday."
                + " He said that the attackers had fled towards the border.")
                .entity("Tapoa region", "tapoa", EntityType.REGION)
                .entity("Hamidou Kabore", "hamidou-kabore", EntityType.PERSON));
        assertEquals("the attackers had fled towards the border", f.text(f.by("hamidou-kabore")));
    }

    @Test
    void quotationAfterAColon() {
        Found f = extract(article("Nouri al-Maliki said: “The agreement protects our sovereignty and our oil.”")
                .entity("Nouri al-Maliki", "nouri-al-maliki", EntityType.PERSON));
        Claim c = f.by("nouri-al-maliki");
        assertTrue(c.direct());
        assertEquals("The agreement protects our sovereignty and our oil", f.text(c));
    }

    @Test
    void quotationOverSeveralSentences() {
        Found f = extract(article("Ahmed Saleh spoke after the vote. “The border stays open. Trade will go on as before,”"
                + " Saleh told reporters.")
                .entity("Ahmed Saleh", "ahmed-saleh", EntityType.PERSON)
                .entity("Saleh", "ahmed-saleh", EntityType.PERSON));
        Claim c = f.by("ahmed-saleh");
        assertEquals("The border stays open. Trade will go on as before", f.text(c));
    }

    @Test
    void indirectSpeechWithThat() {
        Found f = extract(article("The Jordanian foreign ministry said that the strike violated international law.")
                .entity("Jordanian foreign ministry", "ministry-of-foreign-affairs-of-jordan", EntityType.GOVERNMENT_BODY));
        Claim c = f.by("ministry-of-foreign-affairs-of-jordan");
        assertFalse(c.direct());
        assertEquals("the strike violated international law", f.text(c));
    }

    @Test
    void appositionNamesTheSpeakerNotTheOutlet() {
        Found f = extract(article("Khalid Ahmed, a senior member of the council, told Reuters that the talks had failed.")
                .entity("Khalid Ahmed", "khalid-ahmed", EntityType.PERSON)
                .entity("Reuters", "reuters", EntityType.ORGANIZATION));
        assertEquals(1, f.claims().size(), f.describe());
        Claim c = f.by("khalid-ahmed");
        assertEquals("told", c.cue());
        assertEquals("the talks had failed", f.text(c));
    }

    @Test
    void titlesAndPersonsInApposition() {
        Found f = extract(article("The head of the electoral commission, Omar Hadi, announced that turnout was low."
                + " Iraqi PM Sudani said the results would stand.")
                .entity("Omar Hadi", "omar-hadi", EntityType.PERSON)
                .entity("Sudani", "mohammed-shia-al-sudani", EntityType.PERSON));
        assertEquals("turnout was low", f.text(f.by("omar-hadi")));
        assertEquals("the results would stand", f.text(f.by("mohammed-shia-al-sudani")));
    }

    @Test
    void accordingToBeforeAndAfter() {
        Found f = extract(article("According to the Red Crescent, 12 people were wounded in the blast."
                + " The road was closed for hours, according to local officials.")
                .entity("Red Crescent", "red-crescent", EntityType.ORGANIZATION));
        Claim c = f.by("red-crescent");
        assertEquals("according to", c.cue().toLowerCase());
        assertEquals("12 people were wounded in the blast", f.text(c));
        // unnamed officials give no claimant, and no claim is kept without one
        assertEquals(1, f.claims().size(), f.describe());
    }

    @Test
    void pronounsAndTheStatementReferBack() {
        Found f = extract(article("Hamas said in a statement that the talks were over. It added that a delegation"
                + " would travel to Cairo. “Our demands have not changed,” the statement says.")
                .entity("Hamas", "hamas", EntityType.ARMED_GROUP)
                .entity("Cairo", "cairo", EntityType.CITY));
        assertEquals(3, f.claims().size(), f.describe());
        assertTrue(f.claims().stream().allMatch(c -> c.claimant().equals(Optional.of("hamas"))), f.describe());
    }

    @Test
    void spokespeopleSpeakForTheirBody() {
        Found f = extract(article("The Turkish defence ministry's spokesperson said the operation would continue."
                + " A spokesman for the Peshmerga, Ali Karim, said the front was calm.")
                .entity("Turkish defence ministry", "ministry-of-defence-of-turkey", EntityType.GOVERNMENT_BODY)
                .entity("Peshmerga", "peshmerga", EntityType.ARMED_GROUP)
                .entity("Ali Karim", "ali-karim", EntityType.PERSON));
        assertEquals("the operation would continue", f.text(f.by("ministry-of-defence-of-turkey")));
        assertEquals("the front was calm", f.text(f.by("ali-karim")));
    }

    @Test
    void stancesAndParticiplesContinuingTheSpeaker() {
        Found f = extract(article("The Arab League condemned the shelling of Khartoum as “a crime”, adding that civilians must be spared.")
                .entity("Arab League", "arab-league", EntityType.ORGANIZATION)
                .entity("Khartoum", "khartoum", EntityType.CITY));
        assertEquals(2, f.claims().size(), f.describe());
        assertTrue(f.claims().stream().anyMatch(c -> f.text(c).contains("the shelling of Khartoum")), f.describe());
        assertTrue(f.claims().stream().anyMatch(c -> f.text(c).equals("civilians must be spared")), f.describe());
        assertTrue(f.claims().stream().allMatch(c -> c.claimant().equals(Optional.of("arab-league"))));
    }

    @Test
    void twoSpeakersInOneSentenceEachKeepTheirWords() {
        Found f = extract(article("The militia announced that it would halt its attacks after Joe Biden announced that"
                + " the troops would stay.")
                .entity("Joe Biden", "joe-biden", EntityType.PERSON)
                .entity("militia", "popular-mobilization-forces", EntityType.ARMED_GROUP));
        assertEquals("the troops would stay", f.text(f.by("joe-biden")));
        assertEquals("it would halt its attacks", f.text(f.by("popular-mobilization-forces")));
    }

    @Test
    void aboutEntitiesAndEvents() {
        ExtractionInput in = article("Egypt said that Israeli airstrikes hit Rafah on Monday.")
                .entity("Egypt", "egypt", EntityType.COUNTRY)
                .entity("Israel", "israel", EntityType.COUNTRY)
                .entity("Rafah", "rafah", EntityType.CITY)
                .dated(LocalDate.of(2024, 5, 8))
                .build();
        List<Event> ev = events.extract(in);
        List<Claim> cl = claims.extract(in, ev);
        assertEquals(1, cl.size());
        Claim c = cl.get(0);
        assertEquals(List.of("rafah"), c.aboutEntities());
        assertEquals(1, c.aboutEvents().size());
        assertEquals(EventType.ASSAULT, ev.get(c.aboutEvents().get(0)).type());
        assertTrue(c.confidence() > 0 && c.confidence() <= 1);
    }

    @Test
    void saidInsideAQuotedTitleIsNoClaim() {
        Found f = extract(article("The film “What the Soldier Said About the War” opened in Amman.")
                .entity("Amman", "amman", EntityType.CITY));
        assertTrue(f.claims().isEmpty(), f.describe());
    }

    @Test
    void reportingVerbsWithoutContentAreNoClaims() {
        Found f = extract(article("Ahmed Saleh said so. The ministry declined to comment.")
                .entity("Ahmed Saleh", "ahmed-saleh", EntityType.PERSON));
        assertTrue(f.claims().isEmpty(), f.describe());
    }

    @Test
    void firstPersonInsideQuotesIsNotANewSpeaker() {
        Found f = extract(article("“I said that the ceasefire would hold,” Ahmed Saleh recalled.")
                .entity("Ahmed Saleh", "ahmed-saleh", EntityType.PERSON));
        assertEquals(1, f.claims().size(), f.describe());
        assertEquals("ahmed-saleh", f.claims().get(0).claimant().orElseThrow());
    }

    @Test
    void boilerplateYieldsNoClaims() {
        Found f = extract(article("Markets were calm in Basra.")
                .entity("Basra", "basra", EntityType.CITY)
                .entity("Reuters", "reuters", EntityType.ORGANIZATION)
                .boilerplate("Reuters said that subscribers get 30% off this week."));
        assertTrue(f.claims().isEmpty(), f.describe());
    }

    @Test
    void claimKeysAreUnique() {
        Found f = extract(article("Iran said that the deal was dead, Iran said again.")
                .entity("Iran", "iran", EntityType.COUNTRY));
        assertEquals(f.claims().size(), f.claims().stream().map(Claim::textBegin).distinct().count());
    }

    @Test
    void twoThatClausesAreTwoClaims() {
        Found f = extract(article("Spokesman Karim Nouri said on Sunday that the army rejected any attack from its soil "
                + "and that the police would pursue those responsible.")
                .entity("Karim Nouri", "karim-nouri", EntityType.PERSON));
        assertEquals(2, f.claims().size(), f.describe());
        assertEquals("the army rejected any attack from its soil", f.text(f.claims().get(0)));
        assertEquals("the police would pursue those responsible", f.text(f.claims().get(1)));
        assertEquals(Optional.of("karim-nouri"), f.claims().get(1).claimant());
    }

    @Test
    void aSpeechBetweenCueAndContent() {
        Found f = extract(article("Yahya Saree said in a televised speech on Monday that the group had struck a tanker.")
                .entity("Yahya Saree", "yahya-saree", EntityType.PERSON));
        assertEquals("the group had struck a tanker", f.text(f.by("yahya-saree")));
    }

    @Test
    void aRankAbbreviationInsideTheSpeakerAfterAQuote() {
        Found f = extract(article("“The raid shows our resolve,” said Gen. Laura Finch, the commander.")
                .entity("Laura Finch", "laura-finch", EntityType.PERSON));
        assertEquals("The raid shows our resolve", f.text(f.by("laura-finch")));
    }

    @Test
    void aQuantifierOpensWhatWasSaid() {
        Found f = extract(article("Zagros Oil said none of its staff had been hurt.")
                .entity("Zagros Oil", "zagros-oil", EntityType.ORGANIZATION));
        assertEquals("none of its staff had been hurt", f.text(f.by("zagros-oil")));
    }

    @Test
    void theNameBeforeALongAppositionSpeaks() {
        Found f = extract(article("Saraya Awliya al-Dam, the smallest of the factions and blacklisted by the "
                + "United States since 2021, said it would keep its weapons.")
                .entity("Saraya Awliya al-Dam", "saraya-awliya-al-dam", EntityType.ARMED_GROUP)
                .entity("United States", "united-states", EntityType.COUNTRY));
        assertEquals("it would keep its weapons", f.text(f.by("saraya-awliya-al-dam")));
    }

    @Test
    void aSentenceFinalSaidIsAVerbWhateverTheTagger() {
        Found f = extract(article("Sirens sounded across the north on Monday as a drone from Lebanon was downed, "
                + "the Israeli military said.")
                .entity("Israeli military", "israel-defense-forces", EntityType.GOVERNMENT_BODY)
                .entity("Lebanon", "lebanon", EntityType.COUNTRY));
        assertTrue(f.text(f.by("israel-defense-forces")).contains("a drone from Lebanon was downed"), f.describe());
    }

    @Test
    void andSaidGoesBackPastAQuotedRelative() {
        Found f = extract(article("The Joint Operations Command condemned what it called \"a blatant aggression\" "
                + "and said a committee had been formed to investigate.")
                .entity("Joint Operations Command", "joint-operations-command", EntityType.GOVERNMENT_BODY));
        assertTrue(f.claims().stream().anyMatch(c -> f.text(c).equals("a committee had been formed to investigate")
                && c.claimant().equals(Optional.of("joint-operations-command"))), f.describe());
    }

    @Test
    void aPartOfTheDayAndAPronounAddresseeBeforeWhatWasSaid() {
        Found f = extract(article("Yahya Saree said on Monday evening the group had fired two missiles at a tanker. "
                + "Karim Nouri told us the toll was at least six.")
                .entity("Yahya Saree", "yahya-saree", EntityType.PERSON)
                .entity("Karim Nouri", "karim-nouri", EntityType.PERSON));
        assertEquals("the group had fired two missiles at a tanker", f.text(f.by("yahya-saree")));
        assertEquals("the toll was at least six", f.text(f.by("karim-nouri")));
    }

    @Test
    void theForceThatSpeaksIsTheArmedGroupNamedBefore() {
        Found f = extract(article("The Syrian Democratic Forces repelled the attack. "
                + "The Kurdish-led force said four of its fighters had been killed.")
                .entity("Syrian Democratic Forces", "syrian-democratic-forces", EntityType.ARMED_GROUP));
        assertEquals("four of its fighters had been killed", f.text(f.by("syrian-democratic-forces")));
    }

    @Test
    void aReportingNounWithItsSpeakerInAByPhrase() {
        Found f = extract(article("The raid followed the announcement by Nigerian President Bola Tinubu on Friday that "
                + "troops had freed 40 hostages in Zamfara. Officials rejected the claims circulated by Sahara Reporters "
                + "that the hostages had paid a ransom.")
                .entity("Bola Tinubu", "bola-tinubu", EntityType.PERSON)
                .entity("Zamfara", "zamfara", EntityType.REGION)
                .entity("Sahara Reporters", "sahara-reporters", EntityType.ORGANIZATION));
        assertTrue(f.text(f.by("bola-tinubu")).startsWith("troops had freed 40 hostages"), f::describe);
        assertTrue(f.text(f.by("sahara-reporters")).startsWith("the hostages had paid a ransom"), f::describe);
    }

    @Test
    void aQuantityOpensAReportedClause() {
        Found f = extract(article("Father Elias Haddad said about a third of the families had left the valley again.")
                .entity("Elias Haddad", "elias-haddad", EntityType.PERSON));
        assertTrue(f.text(f.by("elias-haddad")).startsWith("about a third of the families"), f::describe);
    }

    @Test
    void heAfterAnUnnamedSpokesmanIsTheSpokesmansBody() {
        Found f = extract(article("Colonel Amara Diallo said the convoy was ambushed near Gao. "
                + "A spokesman for the Malian army dismissed the report as propaganda. "
                + "He said the road to Gao had reopened on Sunday.")
                .entity("Amara Diallo", "amara-diallo", EntityType.PERSON)
                .entity("Gao", "gao", EntityType.CITY)
                .entity("Malian army", "malian-armed-forces", EntityType.GOVERNMENT_BODY));
        Claim reopened = f.claims().stream().filter(c -> f.text(c).contains("reopened")).findFirst()
                .orElseThrow(() -> new AssertionError(f.describe()));
        assertEquals(Optional.of("malian-armed-forces"), reopened.claimant(), f::describe);
    }

    @Test
    void dismissingStatesAStance() {
        Found f = extract(article("Dmitry Peskov dismissed the Ukrainian proposal as a publicity stunt on Friday.")
                .entity("Dmitry Peskov", "dmitry-peskov", EntityType.PERSON));
        assertTrue(f.text(f.by("dmitry-peskov")).contains("publicity stunt"), f::describe);
    }

    @Test
    void whatItCalledBelongsToTheClaimAroundIt() {
        Found f = extract(article("The Transitional Council in Niamey condemned what it called a massacre of civilians "
                + "by the Wagner Group near Tillaberi.")
                .entity("Transitional Council", "transitional-council", EntityType.GOVERNMENT_BODY)
                .entity("Niamey", "niamey", EntityType.CITY)
                .entity("Wagner Group", "wagner-group", EntityType.ARMED_GROUP)
                .entity("Tillaberi", "tillaberi", EntityType.REGION));
        assertEquals(1, f.claims().size(), f::describe);
        assertTrue(f.text(f.by("transitional-council")).contains("a massacre of civilians"), f::describe);
    }

    @Test
    void anyCapitalSpeakingIsItsState() {
        // the document also names Kinshasa as a place, so the name stays the city; as a speaker it is the state
        Found f = extract(article("Residents in Kinshasa protested on Monday. Kinshasa said the rebels were backed by"
                + " Rwanda, and DR Congo asked for sanctions.")
                .entity("Kinshasa", "kinshasa", EntityType.CITY)
                .entity("Rwanda", "rwanda", EntityType.COUNTRY)
                .entity("DR Congo", "dr-congo", EntityType.COUNTRY));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("dr-congo"))
                && f.text(c).contains("rebels")), f::describe);
        assertTrue(f.claims().stream().noneMatch(c -> c.claimant().equals(Optional.of("kinshasa"))), f::describe);
    }

    @Test
    void aRegionOrTownNeverSpeaksButItsGovernmentMay() {
        // a place that is no state is nobody's voice: "Tigray security officials", "our correspondent in Las Anod"
        Found f = extract(article("Tigray security officials said 14 fighters were killed on both sides near the boundary."
                + " Our correspondent in Las Anod reports that the militia has reinforced its lines at Guumays.")
                .entity("Tigray", "tigray", EntityType.REGION)
                .entity("Las Anod", "las-anod", EntityType.CITY)
                .entity("Guumays", "guumays", EntityType.CITY));
        assertTrue(f.claims().stream().noneMatch(c -> c.claimant().equals(Optional.of("tigray"))
                || c.claimant().equals(Optional.of("las-anod"))), f::describe);
        // a region that speaks where the document names its government is that government
        Found g = extract(article("The Manipur government imposed a curfew in Jiribam on Monday. Manipur said the"
                + " attackers had come from the direction of the forest.")
                .entity("Manipur government", "manipur-government", EntityType.GOVERNMENT_BODY)
                .entity("Manipur", "manipur", EntityType.REGION)
                .entity("Jiribam", "jiribam", EntityType.CITY));
        assertTrue(g.text(g.by("manipur-government")).contains("the attackers had come"), g::describe);
        // a name typed as a place that is the whole subject of the cue is more likely an actor mistyped
        Found h = extract(article("Commissioner Manning said the gunmen would be arrested and charged.")
                .entity("Manning", "manning", EntityType.CITY));
        assertTrue(h.text(h.by("manning")).contains("the gunmen would be arrested"), h::describe);
    }

    @Test
    void aQuotationsOwnAttributionBeatsContinuingTheSpeakerBefore() {
        // the quotation opens its sentence, so it could continue Kamau's claim; its own "Otieno said" names who spoke
        Found f = extract(article("Ruth Kamau told reporters that the army had fled the camp. “The camp is now under"
                + " our control. The soldiers who surrendered will be treated well,” Daniel Otieno said.")
                .entity("Ruth Kamau", "ruth-kamau", EntityType.PERSON)
                .entity("Daniel Otieno", "daniel-otieno", EntityType.PERSON));
        assertTrue(f.text(f.by("daniel-otieno")).startsWith("The camp is now under our control"), f::describe);
        assertTrue(f.claims().stream().noneMatch(c -> c.claimant().equals(Optional.of("ruth-kamau"))
                && f.text(c).contains("under our control")), f::describe);
    }

    @Test
    void theGovernmentSpeakingIsTheGovernmentNamedNotTheLatestBody() {
        Found f = extract(article("The Government of Chad condemned the raid, which the Sudanese Armed Forces carried out"
                + " on Sunday. The Government notes that the raid violated the truce.")
                .entity("Government of Chad", "government-of-chad", EntityType.GOVERNMENT_BODY)
                .entity("Sudanese Armed Forces", "sudan-armed-forces", EntityType.GOVERNMENT_BODY));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("government-of-chad"))
                && f.text(c).contains("truce")), f::describe);
    }

    @Test
    void monitorsAttributeAnAttack() {
        Found f = extract(article("The Kivu Monitor attributes the shelling of Sake to the militia.")
                .entity("Kivu Monitor", "kivu-monitor", EntityType.ORGANIZATION)
                .entity("Sake", "sake", EntityType.CITY));
        assertTrue(f.text(f.by("kivu-monitor")).contains("shelling of Sake"), f.describe());
    }

    @Test
    void aBodyNamedInAppositionSpeaksNotItsParent() {
        Found f = extract(article("Pakistan's military media wing, Inter-Services Public Relations, said three soldiers"
                + " were killed. The RSF's political alliance, Tasis, accused the army of using the market as a depot.")
                .entity("Pakistan", "pakistan", EntityType.COUNTRY)
                .entity("Inter-Services Public Relations", "ispr", EntityType.GOVERNMENT_BODY)
                .entity("RSF", "rapid-support-forces", EntityType.ARMED_GROUP)
                .entity("Tasis", "tasis", EntityType.ORGANIZATION));
        assertEquals("three soldiers were killed", f.text(f.by("ispr")));
        assertTrue(f.text(f.by("tasis")).contains("using the market"), f.describe());
        assertTrue(f.claims().stream().noneMatch(c -> c.claimant().equals(Optional.of("pakistan"))
                || c.claimant().equals(Optional.of("rapid-support-forces"))), f.describe());
    }

    @Test
    void aPronounOpeningASentenceIsThePersonTheSentenceBeforeOpenedWith() {
        Found f = extract(article("Aid worker Ali Musa said the road was closed. Also today, the mayor of the town,"
                + " Moussa Amadou, appealed to the government for food. He said more than 600 families had fled.")
                .entity("Ali Musa", "ali-musa", EntityType.PERSON)
                .entity("Moussa Amadou", "moussa-amadou", EntityType.PERSON));
        assertEquals("more than 600 families had fled", f.text(f.by("moussa-amadou")));
    }

    @Test
    void aDenialKeepsItsVerbBeforeTheClauseItDenies() {
        Found f = extract(article("The army spokesman Lul Ruai Koang denies that the market was hit.")
                .entity("Lul Ruai Koang", "lul-ruai-koang", EntityType.PERSON));
        assertEquals("denies that the market was hit", f.text(f.by("lul-ruai-koang")));
    }

    @Test
    void theCompanyAndTheMissionAreTheOnesNamedBefore() {
        Found f = extract(article("Kallisti Maritime, which manages the ship, said 21 crew members had been rescued."
                + " “We are devastated by the loss of two of our seafarers,” the company said. UNIFIL reported"
                + " that a tank fired two shells. The mission said it had protested to the army.")
                .entity("Kallisti Maritime", "kallisti-maritime", EntityType.ORGANIZATION)
                .entity("UNIFIL", "unifil", EntityType.ORGANIZATION));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("kallisti-maritime"))
                && f.text(c).contains("devastated")), f.describe());
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("unifil"))
                && f.text(c).contains("protested")), f.describe());
    }

    @Test
    void aGroupClaimingAnAttackClaimsIt() {
        Found f = extract(article("Four soldiers were killed in the ambush. The Ambazonia Defence Forces claimed the attack"
                + " on social media. JNIM claimed that its fighters had killed 30 soldiers.")
                .entity("Ambazonia Defence Forces", "ambazonia-defence-forces", EntityType.ARMED_GROUP)
                .entity("JNIM", "jnim", EntityType.ARMED_GROUP));
        assertEquals("claimed the attack on social media", f.text(f.by("ambazonia-defence-forces")));
        assertEquals("its fighters had killed 30 soldiers", f.text(f.by("jnim")));
    }

    @Test
    void aReportingVerbCoordinatedWithAnotherSharesItsSpeaker() {
        Found f = extract(article("Ali Karim said the air force had struck “a weapons depot of the Mahdi Army” and accused"
                + " the group of storing arms among homes. The Arab League said it was “horrified” and urged all"
                + " parties to respect the truce.")
                .entity("Ali Karim", "ali-karim", EntityType.PERSON)
                .entity("Mahdi Army", "mahdi-army", EntityType.ARMED_GROUP)
                .entity("Arab League", "arab-league", EntityType.ORGANIZATION));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("ali-karim"))
                && f.text(c).contains("storing arms among homes")), f.describe());
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("arab-league"))
                && f.text(c).contains("respect the truce")), f.describe());
    }

    @Test
    void aBareCondemnationOfTheAttackIsAReactionNotAClaim() {
        Found f = extract(article("The Arab League condemned the attack in a statement. Hamas condemned the killing of"
                + " the prisoners. Iran condemned the strike as “a war crime”.")
                .entity("Arab League", "arab-league", EntityType.ORGANIZATION)
                .entity("Hamas", "hamas", EntityType.ARMED_GROUP)
                .entity("Iran", "iran", EntityType.COUNTRY));
        assertEquals(1, f.claims().size(), f.describe());
        assertTrue(f.text(f.by("iran")).contains("a war crime"), f.describe());
    }

    @Test
    void aQuotationOpeningTheReportedClauseRunsOnWithIt() {
        Found f = extract(article("The Amaq news agency claims that “soldiers of the caliphate” attacked the army in"
                + " Macomia and killed 20 soldiers.")
                .entity("Amaq news agency", "amaq", EntityType.ORGANIZATION)
                .entity("Macomia", "macomia", EntityType.CITY));
        assertTrue(f.text(f.by("amaq")).contains("attacked the army in Macomia"), f.describe());
    }

    @Test
    void theMediumAndTheTimeBetweenACueAndItsClause() {
        Found f = extract(article("Gustavo Petro wrote on X that the attack was the work of the cartel. Hun Sen said on"
                + " his Facebook page that Cambodia would not kneel. The governor, Nabil Shamsan, told us by phone the"
                + " drone came from the hills. Hamas announced this morning that it had closed the road.")
                .entity("Gustavo Petro", "gustavo-petro", EntityType.PERSON)
                .entity("X", "x", EntityType.ORGANIZATION)
                .entity("Hun Sen", "hun-sen", EntityType.PERSON)
                .entity("Facebook", "facebook", EntityType.ORGANIZATION)
                .entity("Nabil Shamsan", "nabil-shamsan", EntityType.PERSON)
                .entity("Hamas", "hamas", EntityType.ARMED_GROUP));
        assertEquals("the attack was the work of the cartel", f.text(f.by("gustavo-petro")));
        assertEquals("Cambodia would not kneel", f.text(f.by("hun-sen")));
        assertEquals("the drone came from the hills", f.text(f.by("nabil-shamsan")));
        assertEquals("it had closed the road", f.text(f.by("hamas")));
    }

    @Test
    void repeatingAndRemindingAreReporting() {
        Found f = extract(article("The Red Cross reminds all parties that civilians must be spared. Hamas repeated that"
                + " the strike hit military targets.")
                .entity("Red Cross", "red-cross", EntityType.ORGANIZATION)
                .entity("Hamas", "hamas", EntityType.ARMED_GROUP));
        assertEquals("civilians must be spared", f.text(f.by("red-cross")));
        assertEquals("the strike hit military targets", f.text(f.by("hamas")));
    }

    @Test
    void askingSomeoneToActIsARequest() {
        Found f = extract(article("The Ombudsman's Office asked the national government to open a humanitarian corridor."
                + " A resident, who asked not to be named, said the road was closed. A trader, who asked to be"
                + " identified only as Tolosa, left.")
                .entity("Ombudsman's Office", "ombudsmans-office", EntityType.GOVERNMENT_BODY)
                .entity("Tolosa", "tolosa", EntityType.PERSON));
        assertEquals(1, f.claims().size(), f.describe());
        assertTrue(f.text(f.by("ombudsmans-office")).contains("open a humanitarian corridor"), f.describe());
    }

    @Test
    void butCoordinatesReportingVerbsToo() {
        Found f = extract(article("The OLA said its fighters had carried out an operation against regime forces but denied"
                + " harming civilians or looting.")
                .entity("OLA", "ola", EntityType.ARMED_GROUP));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("ola"))
                && f.text(c).contains("harming civilians or looting") && !f.text(c).contains("operation")), f.describe());
    }

    @Test
    void aQuotedSubjectWithAnAsideRunsOnToItsVerb() {
        Found f = extract(article("The Government Communication Service said “Shene terrorists”, the official name for the"
                + " OLA, had attacked a police station in the town.")
                .entity("Government Communication Service", "gcs", EntityType.GOVERNMENT_BODY)
                .entity("OLA", "ola", EntityType.ARMED_GROUP));
        assertTrue(f.text(f.by("gcs")).contains("had attacked a police station"), f.describe());
    }

    @Test
    void aSpeakerNamedInAppositionAfterTheCue() {
        Found f = extract(article("“Our husbands are sent out in old trucks,” said one of the protesters, Yadira Felix."
                + " Two people were killed on Sunday, according to the head of the regional administration, Ivan Fedorov.")
                .entity("Yadira Felix", "yadira-felix", EntityType.PERSON)
                .entity("Ivan Fedorov", "ivan-fedorov", EntityType.PERSON));
        assertEquals("Our husbands are sent out in old trucks", f.text(f.by("yadira-felix")));
        assertEquals("Two people were killed on Sunday", f.text(f.by("ivan-fedorov")));
    }

    @Test
    void aQuotationNoCueCoversIsStillTheSubjectsWords() {
        Found f = extract(article("The Archbishop of Bamenda, Andrew Nkea, appealed to all armed groups on Friday to"
                + " “spare the children and let them go back to school”, and asked the government to open a dialogue.")
                .entity("Andrew Nkea", "andrew-nkea", EntityType.PERSON)
                .entity("Bamenda", "bamenda", EntityType.CITY));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("andrew-nkea"))
                && f.text(c).equals("spare the children and let them go back to school")), f.describe());
    }

    @Test
    void aSecondThatClauseAfterAQuotationIsASecondClaim() {
        Found f = extract(article("Governor Amina Bello said on Facebook that “the bandits will not hold a single village” and"
                + " that the army would open the northern road by Friday.")
                .entity("Amina Bello", "amina-bello", EntityType.PERSON));
        List<Claim> hers = f.claims().stream().filter(c -> c.claimant().equals(Optional.of("amina-bello"))).toList();
        assertEquals(2, hers.size(), f.describe());
        assertEquals("the bandits will not hold a single village", f.text(hers.get(0)));
        assertEquals("the army would open the northern road by Friday", f.text(hers.get(1)));
    }

    @Test
    void peopleAtABodySpeakForIt() {
        Found f = extract(article("Doctors at Kilembe Mission Hospital say they have treated 31 people with burns since Monday."
                + " Activists of the Tamkeen organisation said at least eight men had been taken from their homes.")
                .entity("Kilembe Mission Hospital", "kilembe-hospital", EntityType.ORGANIZATION)
                .entity("Tamkeen", "tamkeen", EntityType.ORGANIZATION));
        assertTrue(f.text(f.by("kilembe-hospital")).contains("treated 31 people with burns"), f.describe());
        assertTrue(f.text(f.by("tamkeen")).contains("eight men had been taken"), f.describe());
    }

    @Test
    void aTollPutAtANumberIsAnEstimateClaimed() {
        Found f = extract(article("The provincial police chief, Daniel Otieno, put the death toll at 14, including three"
                + " children. The Red Crescent put the number of displaced at about 2,000. He put pressure on the"
                + " council to act. According to a senior official speaking with Reuters, the US envoys gave"
                + " the assurances in person.")
                .entity("US", "united-states", EntityType.COUNTRY)
                .entity("Daniel Otieno", "daniel-otieno", EntityType.PERSON)
                .entity("Red Crescent", "red-crescent", EntityType.ORGANIZATION));
        assertTrue(f.text(f.by("daniel-otieno")).startsWith("put the death toll at 14"), f.describe());
        assertTrue(f.text(f.by("red-crescent")).contains("number of displaced at about 2,000"), f.describe());
        assertTrue(f.claims().stream().noneMatch(c -> f.text(c).contains("pressure")
                || f.text(c).contains("senior official")), f.describe());
    }

    @Test
    void aRequestNotToActIsARequest() {
        Found f = extract(article("The district commissioner, Halima Yusuf, asked traders not to open their shops on the"
                + " market road until the army had cleared it.")
                .entity("Halima Yusuf", "halima-yusuf", EntityType.PERSON));
        assertTrue(f.text(f.by("halima-yusuf")).contains("not to open their shops"), f.describe());
    }

    @Test
    void aReportedSubjectWithAnIncludingAsideStillStartsAClause() {
        Found f = extract(article("The Karen Human Rights Group says at least nine villagers, including two teachers, were"
                + " killed when the school was shelled.")
                .entity("Karen Human Rights Group", "khrg", EntityType.ORGANIZATION));
        assertTrue(f.text(f.by("khrg")).contains("were killed when the school was shelled"), f.describe());
    }

    @Test
    void aCapitalKeptAsTheSubjectSpeaksForItsCoordinatedVerbToo() {
        Found f = extract(article("Naypyidaw denied that the air force had bombed the market and said its jets struck"
                + " “a rebel depot” near the river.")
                .entity("Naypyidaw", "naypyidaw", EntityType.CITY));
        assertTrue(f.claims().stream().anyMatch(c -> c.claimant().equals(Optional.of("naypyidaw"))
                && f.text(c).startsWith("its jets struck")), f.describe());
    }

    @Test
    void aSourceNamedInAppositionWithTheAfterAccordingTo() {
        Found f = extract(article("Four farmers were killed near the river on Monday, according to a local monitoring"
                + " group, the Sahel Civic Observatory.")
                .entity("Sahel Civic Observatory", "sco", EntityType.ORGANIZATION));
        assertEquals("Four farmers were killed near the river on Monday", f.text(f.by("sco")));
    }
}
