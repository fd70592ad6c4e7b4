package org.w3id.tigris.web.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code tg:date} means: a day ({@code xsd:date}), a month ({@code xsd:gYearMonth}) or
 * a year ({@code xsd:gYear}), as the first and last day it covers.
 */
public record DateSpan(LocalDate first, LocalDate last, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    /** The lexical forms of the three datatypes, with an optional time zone. */
    private static final Pattern LEXICAL = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:Z|[+-]\\d{2}:\\d{2})?$");

    /** The span a lexical form stands for; empty when it is none of the three forms. */
    public static Optional<DateSpan> parse(String lexical) {
        Matcher m = LEXICAL.matcher(lexical == null ? "" : lexical.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth(), Precision.MONTH));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DateSpan(day, day, Precision.DAY));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
