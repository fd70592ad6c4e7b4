package org.w3id.tigris.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Datelines as news from outside the English-language wires writes them. */
class DateFinderTest {
    private static final DateFinder DATES = DateFinder.load();

    private static Optional<LocalDate> dateline(String line) {
        return DATES.dateline(line);
    }

    @Test
    void dayMonthYearWithDashesIsADate() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 7)), dateline("07-03-2025, 08:30"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), dateline("Posted: 17-03-2025 21:15 | Updated: 18-03-2025 08:02"));
    }

    @Test
    void aWeekdayDecidesWhichWayASlashDateReads() {
        // 5 December 2026 is a Saturday, 12 May 2026 a Tuesday: the weekday says the line is day-first
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), dateline("Saturday 05/12/2026, 07:00"));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 12)), dateline("Tuesday, 05/12/2026"));
        // without a weekday the US reading stays
        assertEquals(Optional.of(LocalDate.of(2026, 5, 12)), dateline("05/12/2026, 07:00"));
    }

    @Test
    void aRomanMonthIsAMonth() {
        assertEquals(Optional.of(LocalDate.of(2025, 10, 3)), dateline("Tbilisi, 3.X.2025 - by Nino Beridze-Long"));
    }

    @Test
    void monthNamesOfOtherLanguagesWithTheirParticles() {
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), dateline("Quito, 14 de marzo de 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 2)), dateline("Dakar, le 2 février 2025"));
    }

    @Test
    void aLabelledDateFieldIsADateline() {
        assertEquals(Optional.of(LocalDate.of(2025, 5, 9)),
                dateline("Date of release: 9 May 2025 | Covering 1-8 May 2025"));
    }

    @Test
    void aLongPlaceOrSourceFieldBesideAnOwnDateField() {
        assertEquals(Optional.of(LocalDate.of(2025, 4, 2)),
                dateline("SAN-PEDRO-SULA, Honduras (Central American Wire Service) - Wednesday, April 2, 2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 2)),
                dateline("Morning show - Wednesday, 2 April 2025 (English summary of the Portuguese broadcast)"));
    }

    @Test
    void aBylineWithManyWordsBesideItsDateIsNoDateline() {
        // its names are the byline's, to be recognised, not a dateline's to be dropped
        assertEquals(Optional.empty(),
                dateline("Valley Times staff, with Samir Haddad in Zahle city | 14 March 2025 - 16:30"));
    }

    @Test
    void proseThatMentionsADateIsNoDateline() {
        assertEquals(Optional.empty(), dateline("The talks that began on 2 April 2025 in Doha were suspended by both delegations."));
        assertEquals(Optional.empty(), dateline("Rebels seized the town on 2 April 2025, officials said"));
    }

    @Test
    void aWireLedeOpensWithItsDateline() {
        assertEquals(Optional.of(LocalDate.of(2025, 6, 3)), DATES.ledeDateline(
                "ODESA/MYKOLAIV, Tuesday 3 June 2025 (NWA) - Missiles struck the port overnight, officials said."));
        assertEquals(Optional.empty(), DATES.ledeDateline(
                "Officials said on 3 June 2025 - a Tuesday - that missiles struck the port overnight."));
    }
}
