package org.w3id.tigris.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An event's date at the precision its text gave: a day, a month or a year. Two dates are
 * compared at the coarser of their precisions, so "October 2026" is compatible with
 * 12 October 2026 but says nothing about which day.
 */
record ReportDate(String lexical) {
    private static final Pattern LEXICAL = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    static Optional<ReportDate> parse(String lexical) {
        if (lexical == null || !LEXICAL.matcher(lexical).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReportDate(lexical));
    }

    boolean isDay() {
        return lexical.length() == 10;
    }

    boolean hasMonth() {
        return lexical.length() >= 7;
    }

    /** The month, yyyy-MM; only for dates that have one. */
    String month() {
        return lexical.substring(0, 7);
    }

    /** Days since 1970-01-01; only for day-precision dates. */
    long epochDay() {
        return LocalDate.parse(lexical).toEpochDay();
    }

    /** True when the coarser date contains the finer one (2026-10 contains 2026-10-12). */
    boolean overlaps(ReportDate other) {
        return lexical.startsWith(other.lexical) || other.lexical.startsWith(lexical);
    }

    /** Days between two day-precision dates. */
    long daysTo(ReportDate other) {
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(lexical), LocalDate.parse(other.lexical)));
    }
}
