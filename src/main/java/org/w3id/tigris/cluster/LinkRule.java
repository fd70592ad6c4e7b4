package org.w3id.tigris.cluster;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/**
 * When two reports are one real-world event. Conservative, since a wrong merge misleads a
 * reader more than a missed one: the reports must come from different documents, have the
 * same PLOVER type, contradict each other on nothing, and agree positively on at least two
 * of three things.
 * <ul>
 * <li>Contradictions: both dated and the dates cannot overlap (two days more than
 * {@code dateToleranceDays} apart, or a day outside the other's month or year); both placed
 * and no place of one is, contains or lies within a place of the other.</li>
 * <li>Agreements: both dated to the day, within {@code dateToleranceDays}; a place of one is,
 * contains or lies within a place of the other, the broader one not being a country; an
 * agent named by both, or a target named by both.</li>
 * </ul>
 * An undated or unplaced report is not contradicted on that ground, but cannot agree on it
 * either: a report without date and place links only through its participants, which is
 * one agreement, not enough.
 */
public final class LinkRule {
    /** Days two day-precision dates may differ by: an overnight attack is dated to either day. */
    public static final int DEFAULT_DATE_TOLERANCE_DAYS = 1;
    public static final int DEFAULT_AGREEMENTS = 2;

    private final Places places;
    private final int dateToleranceDays;
    private final int agreementsNeeded;

    private LinkRule(Builder b) {
        this.places = b.places;
        this.dateToleranceDays = b.dateToleranceDays;
        this.agreementsNeeded = b.agreementsNeeded;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int dateToleranceDays() {
        return dateToleranceDays;
    }

    /** The strength of the link (the number of agreements), or empty when the two are not linked. */
    public Optional<Integer> link(EventReport a, EventReport b) {
        if (a.document().equals(b.document()) || !compatible(a, b)) {
            return Optional.empty();
        }
        int agreements = (sameDay(a, b) ? 1 : 0) + (samePlace(a, b) ? 1 : 0) + (sameParticipant(a, b) ? 1 : 0);
        return agreements >= agreementsNeeded ? Optional.of(agreements) : Optional.empty();
    }

    /** Nothing in one report contradicts the other: same type, overlapping dates, related places. */
    public boolean compatible(EventReport a, EventReport b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        Optional<ReportDate> da = ReportDate.parse(a.date());
        Optional<ReportDate> db = ReportDate.parse(b.date());
        if (da.isPresent() && db.isPresent()) {
            ReportDate x = da.get();
            ReportDate y = db.get();
            boolean datesFit = x.isDay() && y.isDay() ? x.daysTo(y) <= dateToleranceDays : x.overlaps(y);
            if (!datesFit) {
                return false;
            }
        }
        if (!a.places().isEmpty() && !b.places().isEmpty()) {
            return a.places().stream().anyMatch(p -> b.places().stream().anyMatch(q -> places.related(p, q)));
        }
        return true;
    }

    private boolean sameDay(EventReport a, EventReport b) {
        Optional<ReportDate> da = ReportDate.parse(a.date());
        Optional<ReportDate> db = ReportDate.parse(b.date());
        return da.isPresent() && db.isPresent() && da.get().isDay() && db.get().isDay()
                && da.get().daysTo(db.get()) <= dateToleranceDays;
    }

    private boolean samePlace(EventReport a, EventReport b) {
        return a.places().stream().anyMatch(p -> b.places().stream().anyMatch(q -> places.sameOrWithin(p, q)));
    }

    private static boolean sameParticipant(EventReport a, EventReport b) {
        return !Collections.disjoint(a.agents(), b.agents()) || !Collections.disjoint(a.targets(), b.targets());
    }

    public static final class Builder {
        private Places places = Places.none();
        private int dateToleranceDays = DEFAULT_DATE_TOLERANCE_DAYS;
        private int agreementsNeeded = DEFAULT_AGREEMENTS;

        public Builder places(Places places) {
            this.places = places;
            return this;
        }

        public Builder dateToleranceDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("dateToleranceDays < 0");
            }
            this.dateToleranceDays = days;
            return this;
        }

        public Builder agreementsNeeded(int n) {
            if (n < 1 || n > 3) {
                throw new IllegalArgumentException("agreementsNeeded must be 1..3");
            }
            this.agreementsNeeded = n;
            return this;
        }

        public LinkRule build() {
            return new LinkRule(this);
        }
    }
}
