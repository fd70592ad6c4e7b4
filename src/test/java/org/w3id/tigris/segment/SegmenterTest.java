package org.w3id.tigris.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static String headline(String text, Article a) {
        return text.substring(a.headlineBegin(), a.headlineEnd());
    }

    private static boolean isBoilerplate(Segmentation seg, String text, String paragraph) {
        int at = text.indexOf(paragraph);
        return seg.boilerplate().stream().anyMatch(b -> b.begin() <= at && b.end() >= at + paragraph.length());
    }

    private static void assertWellFormed(String text, Segmentation seg) {
        int previousEnd = 0;
        for (Article a : seg.articles()) {
            assertTrue(a.begin() >= previousEnd && a.begin() <= a.end() && a.end() <= text.length(), "ordered, disjoint");
            assertTrue(a.bodyBegin() >= a.begin() && a.bodyBegin() <= a.end());
            if (a.hasHeadline())
                assertTrue(a.headlineBegin() >= a.begin() && a.headlineEnd() <= a.end());
            for (Boilerplate b : seg.boilerplate())
                assertFalse(a.hasHeadline() && b.begin() < a.headlineEnd() && b.end() > a.headlineBegin(),
                        "headline is not boilerplate");
            previousEnd = a.end();
        }
        for (Boilerplate b : seg.boilerplate())
            assertTrue(b.begin() < b.end() && b.end() <= text.length() && !b.reason().isBlank());
    }

    @Test
    void indexPageWithBarBylinesHasOneItemPerHeadline() {
        String text = """
                Skip to main content

                Dam operators warn of spring flooding along the river

                Engineers at the northern dam said on Monday that water levels were rising faster than expected and that nearby villages should prepare.

                By |March 2nd, 2021|Water, Environment|

                Harvest festival returns after two quiet years

                Thousands of visitors filled the old market square for the first festival since the pandemic, organisers said.

                By |February 27th, 2021|Culture|

                Teachers end strike after pay deal

                The union accepted a ten percent raise, ending a walkout that had closed schools across the province for a week.

                By |February 20th, 2021|Education|
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        assertEquals(3, seg.articles().size());
        assertEquals(List.of("Dam operators warn of spring flooding along the river",
                        "Harvest festival returns after two quiet years", "Teachers end strike after pay deal"),
                seg.articles().stream().map(a -> headline(text, a)).toList());
        assertEquals(List.of(Optional.of(LocalDate.of(2021, 3, 2)), Optional.of(LocalDate.of(2021, 2, 27)),
                Optional.of(LocalDate.of(2021, 2, 20))), seg.articles().stream().map(Article::date).toList());
        Article first = seg.articles().get(0);
        assertTrue(text.substring(first.bodyBegin(), first.end()).startsWith("Engineers at the northern dam"));
        assertTrue(text.substring(first.begin(), first.end()).endsWith("should prepare."), "byline after the item excluded");
        assertTrue(isBoilerplate(seg, text, "By |March 2nd, 2021|Water, Environment|"));
        assertTrue(isBoilerplate(seg, text, "Skip to main content"));
        assertEquals(Optional.empty(), seg.published(), "an index page's items have their own dates");
    }

    @Test
    void aDateWithoutAYearUnderAHeadlineIsNoHeadline() {
        // briefs pages put the day under each item's headline: "Oct. 22", "Fri 27.11", "15-16 Nov"
        String text = """
                Conflict briefs: the week in three stories

                SUDAN - Drone strike hits market; Chad closes border

                Oct. 22

                A drone struck a market on Thursday, killing nine people, local officials said.

                Bolivia - Road blockade enters third week

                Fri 27.11

                Police clashed with protesters on the highway on Tuesday, officials said.

                Tajikistan - Internet cut in the east

                15-16 Nov

                Residents said mobile internet had been cut for two days.
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        assertEquals(List.of("SUDAN - Drone strike hits market; Chad closes border",
                        "Bolivia - Road blockade enters third week", "Tajikistan - Internet cut in the east"),
                seg.articles().stream().map(a -> headline(text, a)).toList());
        assertTrue(isBoilerplate(seg, text, "Oct. 22"));
    }

    @Test
    void singleArticleWithKickerAuthorAndDateline() {
        String text = """
                Skip to content

                Economy
                Central bank raises interest rates for the third time this year

                Jane Roe

                Mar. 3, 2022 • 4 min read

                The central bank raised its main rate by half a point on Thursday, citing inflation that reached 9 percent in January.

                The governor said further increases were possible if prices kept rising through the summer.

                Economists had expected the move. On 12 January 2021, the bank had cut rates to a record low.

                Retail groups warned that borrowing costs would hurt small shops.

                Share this article

                Sign up for our weekly newsletter
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        assertEquals(1, seg.articles().size(), seg.articles().toString());
        Article article = seg.articles().get(0);
        assertEquals("Central bank raises interest rates for the third time this year", headline(text, article));
        assertEquals(text.indexOf("Economy"), article.begin(), "the kicker belongs to the item");
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), seg.published());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 3)), article.date());
        assertEquals(List.of("Jane Roe"), seg.byline());
        assertTrue(text.substring(article.begin(), article.end()).endsWith("hurt small shops."));
        assertTrue(isBoilerplate(seg, text, "Mar. 3, 2022 • 4 min read"));
        assertTrue(isBoilerplate(seg, text, "Share this article"));
        assertTrue(isBoilerplate(seg, text, "Sign up for our weekly newsletter"));
        assertFalse(isBoilerplate(seg, text, "Jane Roe"), "author names stay in the text");
    }

    @Test
    void aShareBarOfPlatformNamesIsBoilerplate() {
        String text = """
                Central bank raises interest rates again

                The central bank raised its main rate by half a point on Thursday, citing inflation.

                Facebook | X | WhatsApp | Copy link

                Economists had expected the move.
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertTrue(isBoilerplate(seg, text, "Facebook | X | WhatsApp | Copy link"));
        assertFalse(isBoilerplate(seg, text, "Economists had expected the move."));
    }

    @Test
    void anIndexPageWithRuleLinesListsItemsEachWithItsPostedDate() {
        String text = """
                WEEKLY SECURITY BRIEFS - Africa and Asia
                Index of this week's briefs | Sat, Nov. 14 2026

                ------------------------------------------------------------
                CHAD | Rebels say 12 soldiers killed in desert ambush
                Posted: 05 Nov 2026
                The rebel front said on Thursday that 12 soldiers were killed in its ambush on a convoy. [Full brief]

                ------------------------------------------------------------
                SOMALIA | Market toll rises to 20
                Posted: 07/11/2026
                The death toll from the bombing of the central market on Monday rose to 20, officials said. [Full brief]
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        // a line of dashes is a rule between items, not prose that runs them together
        assertEquals(2, seg.articles().size(), seg.articles().toString());
        assertEquals("CHAD | Rebels say 12 soldiers killed in desert ambush", headline(text, seg.articles().get(0)));
        // the item's own posted date, not the page's
        assertEquals(Optional.of(LocalDate.of(2026, 11, 5)), seg.articles().get(0).date());
        // 7 November, a week before the page's date, not 11 July
        assertEquals(Optional.of(LocalDate.of(2026, 11, 7)), seg.articles().get(1).date());
    }

    @Test
    void aCountryAndDateAboveEachHeadlineDatesTheItemBelowIt() {
        String text = """
                Conflict Briefs

                Short reports from our regional desks, updated through the week.

                RURITANIA Nov 16, 2026

                Jet strike on border village kills at least seven

                At least seven villagers were killed when a jet bombed the village on Sunday.

                By our regional desk

                OSTERLICH 19/11/2026

                Raiders kill ten herders in the east

                Ten herders were shot dead on Wednesday when armed raiders drove off their cattle.

                FREEDONIA 2026-11-20

                Militants claim deadly raid on police station

                Militants attacked a police headquarters before dawn on Thursday, killing five policemen.
                """;
        Map<String, Optional<LocalDate>> dates = datesByHeadline(text);
        // the dated label above a headline is the item's, not the end of the item before it
        assertEquals(Optional.of(LocalDate.of(2026, 11, 16)), dates.get("Jet strike on border village kills at least seven"), dates.toString());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 19)), dates.get("Raiders kill ten herders in the east"), dates.toString());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), dates.get("Militants claim deadly raid on police station"), dates.toString());
    }

    @Test
    void aCountryAndADateWithoutItsYearAboveAHeadlineTakeTheYearOfThePagesItems() {
        String text = """
                Conflict Briefs

                Short reports from our regional desks, updated through the week.

                RURITANIA Wed 25.11

                Jet strike on border village kills at least seven

                At least seven villagers were killed when a jet bombed the village on Tuesday.

                OSTERLICH Nov 23

                Raiders kill ten herders in the east

                Ten herders were shot dead on Sunday when armed raiders drove off their cattle.

                FREEDONIA 2026-11-20

                Militants claim deadly raid on police station

                Militants attacked a police headquarters before dawn on Thursday, killing five policemen.
                """;
        Map<String, Optional<LocalDate>> dates = datesByHeadline(text);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)), dates.get("Jet strike on border village kills at least seven"), dates.toString());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), dates.get("Raiders kill ten herders in the east"), dates.toString());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 20)), dates.get("Militants claim deadly raid on police station"), dates.toString());
    }

    /** Each item's date by its headline, the segmentation checked whole first. */
    private static Map<String, Optional<LocalDate>> datesByHeadline(String text) {
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        Map<String, Optional<LocalDate>> dates = new java.util.HashMap<>();
        seg.articles().stream().filter(Article::hasHeadline).forEach(a -> dates.put(headline(text, a), a.date()));
        return dates;
    }

    @Test
    void datesInsideBodySentencesDoNotDateThePage() {
        String text = "Rail strike halts freight traffic\n\n"
                + "Freight trains stood still on 4 May 2019 as workers walked out.\n\n"
                + "The union said talks would resume on June 1, 2019.\n";
        Segmentation seg = SEGMENTER.segment(text);
        assertEquals(1, seg.articles().size());
        assertEquals(Optional.empty(), seg.published());
        assertEquals(Optional.empty(), seg.articles().get(0).date());
    }

    @Test
    void nameBylineGivesAuthorsAndDate() {
        String text = "Ferry service resumes on the lake\n\nBy Anna Berg and Tom Lee April 23, 2020\n\n"
                + "The ferry made its first crossing in a month on Tuesday, the operator said.\n";
        Segmentation seg = SEGMENTER.segment(text);
        assertEquals(1, seg.articles().size());
        assertEquals(Optional.of(LocalDate.of(2020, 4, 23)), seg.published());
        assertEquals(List.of("Anna Berg", "Tom Lee"), seg.byline());
    }

    @Test
    void stackedHeadlineAndUnpunctuatedLedeAreTwoParts() {
        String text = """
                Storm closes coastal highway

                Heavy rain and high winds forced the closure of the coastal highway for the second time this month

                Airport reopens after runway repairs

                The airport reopened on Friday after three weeks of repairs to its only runway, officials said.
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        assertEquals(2, seg.articles().size());
        assertEquals("Storm closes coastal highway", headline(text, seg.articles().get(0)));
        assertTrue(text.substring(seg.articles().get(0).bodyBegin()).startsWith("Heavy rain"));
        assertEquals("Airport reopens after runway repairs", headline(text, seg.articles().get(1)));
    }

    @Test
    void spamFundraisingAndAuthorBoxesAreBoilerplate() {
        String text = """
                Bridge reopens after inspection

                The old bridge reopened on Sunday after engineers declared it safe, the city council said.
                cheap replica watches online

                Support Our Winter Fundraising Drive

                We rely on readers like you. Please donate today so our reporters can keep working.

                Author Sam Doe

                Sam Doe is a reporter covering city politics.
                """;
        Segmentation seg = SEGMENTER.segment(text);
        assertWellFormed(text, seg);
        assertEquals(1, seg.articles().size());
        assertTrue(isBoilerplate(seg, text, "cheap replica watches online"));
        assertTrue(isBoilerplate(seg, text, "Support Our Winter Fundraising Drive"));
        assertTrue(isBoilerplate(seg, text, "We rely on readers like you."));
        assertTrue(isBoilerplate(seg, text, "Author Sam Doe"));
        assertTrue(isBoilerplate(seg, text, "Sam Doe is a reporter covering city politics."));
        Article article = seg.articles().get(0);
        assertTrue(text.substring(article.begin(), article.end()).endsWith("the city council said."));
    }

    @Test
    void aHeadlineWithAWeakCueIsStillAHeadline() {
        String text = "Gulf states pledge to donate food aid to flood victims\n\n"
                + "Three governments promised grain and medicine worth 40 million dollars on Monday, officials said.\n";
        Segmentation seg = SEGMENTER.segment(text);
        assertTrue(seg.boilerplate().isEmpty(), seg.boilerplate().toString());
        assertEquals("Gulf states pledge to donate food aid to flood victims", headline(text, seg.articles().get(0)));
    }

    @Test
    void textWithoutHeadlineIsOneHeadlessArticle() {
        String text = "Protesters gathered in the square on Friday, police said. They dispersed by evening.";
        Segmentation seg = SEGMENTER.segment(text);
        assertEquals(1, seg.articles().size());
        Article article = seg.articles().get(0);
        assertFalse(article.hasHeadline());
        assertEquals(0, article.begin());
        assertEquals(text.length(), article.end());
        assertEquals(0, article.bodyBegin());
    }

    @Test
    void dateFinderReadsDatelinesButNotProse() {
        DateFinder dates = DateFinder.load();
        assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), dates.dateline("Feb. 08, 2024 • 2 min read"));
        assertEquals(Optional.of(LocalDate.of(2023, 11, 22)), dates.dateline("Wednesday, 11/22/2023"));
        assertEquals(Optional.of(LocalDate.of(2020, 4, 23)), dates.dateline("23 April 2020"));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 30)), dates.dateline("Updated 2021-06-30 14:05 GMT"));
        assertEquals(Optional.of(LocalDate.of(2020, 4, 23)), dates.dateline("April 23rd, 2020"));
        assertEquals(Optional.empty(), dates.dateline("The ceasefire agreed on April 23, 2020 collapsed within days."));
        assertEquals(Optional.empty(), dates.dateline("Parliament votes on budget"));
        assertEquals(Optional.empty(), dates.dateline("February 30, 2021"), "no such day");
    }

    @Test
    void dateFinderReadsDatelinesWhoseDateStandsInAFieldOfItsOwn() {
        DateFinder dates = DateFinder.load();
        assertEquals(Optional.of(LocalDate.of(2025, 3, 20)),
                dates.dateline("Morning edition, Friday 20/03/2025 - audio transcript"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 4)), dates.dateline("Juba - 4 March 2025 - Our correspondent"));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 5)),
                dates.dateline("Harbour Times news desk | Updated 5 Jan 2025, 09:10 CAT"));
        // a dateline running into its byline
        assertEquals(Optional.of(LocalDate.of(2025, 1, 9)),
                dates.dateline("BAMAKO, Mali, Jan. 9, 2025 - By Ana Reyes, West Africa Desk"));
        // a sentence, or a date inside a clause, is no dateline
        assertEquals(Optional.empty(), dates.dateline("Ceasefire holds in Tripoli, 3 May 2025."));
        assertEquals(Optional.empty(), dates.dateline("Rebels took the town on 3 May 2025 - officials"));
        assertEquals(Optional.empty(), dates.dateline("Talks on the 3 May 2025 ceasefire resume in Geneva"));
    }

    @Test
    void blankTextHasNoArticles() {
        Segmentation seg = SEGMENTER.segment("\n\n \u00A0\n");
        assertTrue(seg.articles().isEmpty());
        assertTrue(seg.boilerplate().isEmpty());
    }

    @Test
    void aBarBylineMayHoldItsDateInAnyField() {
        String text = "ANALYSIS\n\nThe factions weigh their weapons against their seats\n\n"
                + "A standfirst that sums the piece up in one long sentence of ordinary prose.\n\n"
                + "By Noor Kassem | Baghdad | August 20, 2025 | 9 min read\n\n"
                + "The debate has gone on for months, and no side has moved.\n";
        assertEquals(Optional.of(LocalDate.of(2025, 8, 20)), SEGMENTER.segment(text).published());
    }

    @Test
    void aPublishedAndUpdatedLineGivesThePublicationDate() {
        String text = "Strike on a school shelter kills twelve\n\n"
                + "Published: 19 November 2024, 14:32 GMT | Updated: 19 November 2024, 18:05 GMT\n\n"
                + "An air strike hit a school used as a shelter, the civil defence said.\n";
        assertEquals(Optional.of(LocalDate.of(2024, 11, 19)), SEGMENTER.segment(text).published());
    }

    @Test
    void aLiveBlogsOneDateIsThePagesDate() {
        String text = "DAILY NEWS - LIVE\n\nDrones hit oil fields - live updates\n\nWednesday 16 July 2025\n"
                + "Last updated 21:40\n\n21:40\nThe prime minister called the attacks terrorism.\n\n"
                + "20:15\nThe embassy condemned the attacks in a statement.\n";
        assertEquals(Optional.of(LocalDate.of(2025, 7, 16)), SEGMENTER.segment(text).published());
    }

    @Test
    void everyBylineNamesItsAuthorsWithTheirOffsets() {
        String text = "Drones hit oil fields across the region\n\n"
                + "By Noor Kassem and Samir Haddad | Erbil | 16 July 2025\n\n"
                + "Drones struck two oil fields near Erbil on Wednesday, officials said.\n";
        List<String> authors = SEGMENTER.segment(text).authors().stream()
                .map(n -> text.substring(n.begin(), n.end())).toList();
        assertEquals(List.of("Noor Kassem", "Samir Haddad"), authors);
    }

    @Test
    void aWireLedesDatelineDatesTheArticleAfterItsByline() {
        String text = "NORTHERN WIRE SERVICE\n\nMissiles hit port as talks stall\n\nBy Ana Petrenko and Ivan Sokol\n\n"
                + "ODESA/MYKOLAIV, Tuesday 3 June 2025 (NWS) - Missiles struck the port on Monday night, officials said.\n\n"
                + "The governor said two people were wounded.\n";
        assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), SEGMENTER.segment(text).published());
    }
}
