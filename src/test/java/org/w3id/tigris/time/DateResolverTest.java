package org.w3id.tigris.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    // a Thursday
    private static final Optional<LocalDate> REF = Optional.of(LocalDate.of(2024, 3, 14));
    private static final Optional<LocalDate> NONE = Optional.empty();

    private final DateResolver resolver = new DateResolver();

    private String first(String text, Optional<LocalDate> ref) {
        List<DateMention> found = resolver.find(text, ref);
        return found.isEmpty() ? null : found.get(0).value().lexical();
    }

    private DateValue.Precision precision(String text, Optional<LocalDate> ref) {
        return resolver.find(text, ref).get(0).value().precision();
    }

    @Test
    void absoluteDaysNeedNoReference() {
        assertEquals("2022-03-05", first("Talks resumed on March 5, 2022 in Vienna.", NONE));
        assertEquals("2019-01-09", first("It was signed Jan. 09, 2019, officials said.", NONE));
        assertEquals("2021-06-02", first("The deal of June 2nd, 2021 collapsed.", NONE));
        assertEquals("2018-11-14", first("Filed 14 November 2018 in court.", NONE));
        assertEquals("2017-07-30", first("Dated 7/30/2017 by the clerk.", NONE));
        assertEquals("2017-07-30", first("Dated 30/7/2017 by the clerk.", NONE));
        assertEquals("2015-04-01", first("Released 2015-04-01.", NONE));
        assertEquals(DateValue.Precision.DAY, precision("on March 5, 2022", NONE));
    }

    @Test
    void monthsAndYears() {
        assertEquals("2026-05", first("Troops will leave by May 2026.", NONE));
        assertEquals(DateValue.Precision.MONTH, precision("by May 2026", NONE));
        assertEquals("1991", first("Since the war in 1991, the border was closed.", NONE));
        assertEquals(DateValue.Precision.YEAR, precision("in 1991", NONE));
        assertEquals("2014", first("Raids during 2014-15 left towns empty.", NONE));
        assertEquals("2021", first("Elections in mid-2021 were delayed.", NONE));
    }

    @Test
    void countsAreNotYears() {
        assertEquals(null, first("Officials said 2000 troops were deployed.", NONE));
        assertEquals(null, first("Prices rose 2015% in a decade.", NONE));
        assertEquals(null, first("A budget of $2020 was approved.", NONE));
    }

    @Test
    void yearOmittedIsInferredFromReference() {
        // before the reference month: this year
        assertEquals("2024-02-20", first("Clashes began on 20 February near the port.", REF));
        // after the reference: the year before
        assertEquals("2023-10-09", first("Fighting since October 9 has displaced thousands.", REF));
        assertEquals("2023-12", first("In December, the council met again.", REF));
        assertEquals(DateValue.Precision.MONTH, precision("In December, the council met again.", REF));
        assertEquals(null, first("Clashes began on 20 February near the port.", NONE));
    }

    @Test
    void futureClausesLookAhead() {
        assertEquals("2024-03-18", first("The ministers will meet on Monday in Doha.", REF));
        assertEquals("2024-06-02", first("The vote is scheduled for June 2 in the capital.", REF));
    }

    @Test
    void aFutureWordInsideAQuotationDoesNotMakeTheReportFuture() {
        assertEquals("2024-03-11", first("“We will answer,” the minister said on Monday.", REF));
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        assertTrue(resolver.find("Officials May say more later.", REF).isEmpty());
        assertEquals("2023-05", first("In May, talks broke down.", REF));
    }

    @Test
    void weekdaysAreTheMostRecentOnOrBeforeTheReference() {
        assertEquals("2024-03-13", first("A convoy was hit on Wednesday night.", REF));
        assertEquals("2024-03-14", first("He spoke Thursday to reporters.", REF));
        assertEquals("2024-03-08", first("The strikes on Friday killed four.", REF));
        assertEquals("2024-03-07", first("They met last Thursday.", REF));
        assertEquals("2024-03-15", first("Voting opens next Friday.", REF));
    }

    @Test
    void weekdayBeforeAFullDateIsTheSameDate() {
        List<DateMention> found = resolver.find("Tuesday, 05/07/2019 — markets fell.", REF);
        assertEquals(1, found.size());
        assertEquals("2019-05-07", found.get(0).value().lexical());
    }

    @Test
    void relativeDaysAndPeriods() {
        assertEquals("2024-03-13", first("Rockets were fired yesterday.", REF));
        assertEquals("2024-02", first("Three soldiers died late last month.", REF));
        assertEquals("2024-02", first("Talks opened early last month.", REF));
        assertEquals("2023", first("The militia was founded last year.", REF));
        assertEquals("2024-03", first("Two convoys were hit this week.", REF));
        assertEquals("2023", first("Power changed hands a year ago.", REF));
        assertEquals("2024-03-11", first("The raid three days ago was condemned.", REF));
        assertEquals("2021", first("It took power three years ago.", REF));
        assertEquals("2023-12", first("It fell three months ago.", REF));
    }

    @Test
    void weekAcrossTwoMonthsGivesTheYearOnly() {
        // week of Monday 2024-04-01: last week ran 25-31 March
        assertEquals("2024-03", first("They clashed last week.", Optional.of(LocalDate.of(2024, 4, 3))));
        // this week of Wednesday 2024-05-01 began on 29 April
        assertEquals("2024", first("They clashed this week.", Optional.of(LocalDate.of(2024, 5, 1))));
        // the week of Wednesday 2025-01-01 began in 2024: no date rather than a wrong one
        assertTrue(resolver.find("They clashed this week.", Optional.of(LocalDate.of(2025, 1, 1))).isEmpty());
    }

    @Test
    void offsetsNeedAnAnchor() {
        assertEquals("2011", resolver.find("Ten years after the 2001 attacks, troops remained.", NONE)
                .stream().filter(DateMention::relative).findFirst().orElseThrow().value().lexical());
        assertTrue(resolver.find("Ten years after the invasion, troops remained.", REF).isEmpty());
    }

    @Test
    void relativeFormsNeedAReference() {
        assertTrue(resolver.find("Rockets were fired on Friday and again yesterday, last month too.", NONE).isEmpty());
    }

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Intro sentence. Then on 3 January 2020 a drone struck.";
        int from = text.indexOf("Then");
        List<DateMention> found = resolver.find(text, from, text.length(), NONE);
        assertEquals(1, found.size());
        DateMention d = found.get(0);
        assertEquals("3 January 2020", text.substring(d.begin(), d.end()));
        assertFalse(d.relative());
        assertTrue(resolver.find(text, 0, from, NONE).isEmpty());
    }

    @Test
    void numberWords() {
        NumberWords n = NumberWords.load();
        assertEquals(3, n.parse("three").getAsInt());
        assertEquals(3, n.parse("Three").getAsInt());
        assertEquals(25, n.parse("twenty-five").getAsInt());
        assertEquals(2500, n.parse("2,500").getAsInt());
        assertEquals(200, n.parse("two hundred").getAsInt());
        assertEquals(12, n.parse("dozen").getAsInt());
        assertTrue(n.parse("several").isEmpty());
        assertTrue(n.parse("").isEmpty());
    }
}
