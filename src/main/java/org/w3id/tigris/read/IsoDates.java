package org.w3id.tigris.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of an ISO 8601 date or date-time as publishers write it in
 * metadata ({@code 2024-03-04}, {@code 2024-03-04T10:00:00+03:00}). The date is the one
 * written, in the publisher's own time zone.
 */
final class IsoDates {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    private IsoDates() {
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null)
            return Optional.empty();
        Matcher m = ISO_DATE.matcher(value.strip());
        if (!m.matches())
            return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
