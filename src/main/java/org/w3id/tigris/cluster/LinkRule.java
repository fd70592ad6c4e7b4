package org.w3id.tigris.cluster;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.tigris.rdf.TG;

/**
 * When two reports are one real-world event. Conservative, since a wrong merge misleads a
 * reader more than a missed one: the reports must come from different documents, have the
 * same PLOVER type, contradict each other on nothing, and agree positively on enough.
 * <ul>
 * <li>Contradictions: both dated and the dates cannot overlap (two days more than
 * {@code dateToleranceDays} apart, or a day outside the other's month or year); both placed
 * and no place of one is, contains or lies within a place of the other, or is that place under
 * another name ({@link Places#sameName}), unless all one report names is places the store cannot
 * locate while the other's are located.</li>
 * <li>Agreements, in points: both dated to the day within {@code dateToleranceDays}: 3, or
 * else both dated to the same month (at least one to the month only): 1; a place of one is,
 * contains or lies within a place of the other: 2 when the broader of the two is a city or a
 * facility, 1 when it is a region, 0 when it is a whole country; an agent named by both, or a
 * target named by both, that is not a place of either (that was counted as a place): 2, or 1
 * when it is a whole country named as who acted (a state's speech keeps 2). For what an actor says (Agree, Support, Request, Accuse, Reject,
 * Threaten) only a shared agent counts: two speakers accusing one target the same day are two
 * accusations.</li>
 * </ul>
 * Five points link: the day and a local place or a shared participant (other than a country
 * alone); the month, a local place and a participant. Not enough: the day and a region alone (a region holds several
 * events a day); a region and a participant in one month (Israel and Gaza in October 2023 are
 * a war, not an event); a town and a participant in one year (the anti-ISIS strikes in Mosul
 * in 2016 were many). A report not dated to the month at least is never linked: undated
 * mentions are mostly of campaigns and wars, which the rules cannot tell apart.
 * <p>
 * When a report could join several, the links are ranked by points, then by how many
 * participants the two share (the reports of one statement usually name its speaker and its
 * target alike), then by the days between them.
 */
public final class LinkRule {
    /** Days two day-precision dates may differ by: an overnight attack is dated to either day. */
    public static final int DEFAULT_DATE_TOLERANCE_DAYS = 1;
    public static final int DEFAULT_POINTS_NEEDED = 5;

    private static final Set<String> SAID_TYPES = Stream.of("Agree", "Support", "Request", "Accuse", "Reject", "Threaten")
            .map(t -> TG.NS + t).collect(Collectors.toUnmodifiableSet());

    private final Places places;
    private final int dateToleranceDays;
    private final int pointsNeeded;

    private LinkRule(Builder b) {
        this.places = b.places;
        this.dateToleranceDays = b.dateToleranceDays;
        this.pointsNeeded = b.pointsNeeded;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Days two day-precision dates may differ by and still be one event. */
    int dateToleranceDays() {
        return dateToleranceDays;
    }

    /** The strength of the link (its points), or empty when the two are not linked. */
    public Optional<Integer> link(EventReport a, EventReport b) {
        if (a.document().equals(b.document()) || !compatible(a, b)) {
            return Optional.empty();
        }
        int points = datePoints(a, b) + placePoints(a, b) + participantPoints(a, b);
        return points >= pointsNeeded ? Optional.of(points) : Optional.empty();
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
        return placesFit(a.places(), b.places());
    }

    /**
     * Places contradict when both reports are placed and no place of one is, holds or lies in a
     * place of the other, unless all the one report names is places the store cannot locate
     * while the other's are located: an unlocated camp or airport may lie in the other's town,
     * and says no more against it than a report with no place.
     */
    private boolean placesFit(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty() || a.stream().anyMatch(p -> b.stream().anyMatch(q -> places.shared(p, q) != null))) {
            return true;
        }
        boolean aLocated = a.stream().anyMatch(places::located);
        boolean bLocated = b.stream().anyMatch(places::located);
        boolean aUnlocated = a.stream().anyMatch(p -> !places.located(p));
        boolean bUnlocated = b.stream().anyMatch(p -> !places.located(p));
        return !(aLocated && bLocated) && !(aUnlocated && bUnlocated);
    }

    /** Called on compatible reports only, whose dates overlap when both are given. */
    private int datePoints(EventReport a, EventReport b) {
        Optional<ReportDate> da = ReportDate.parse(a.date());
        Optional<ReportDate> db = ReportDate.parse(b.date());
        if (da.isEmpty() || db.isEmpty()) {
            return 0;
        }
        if (da.get().isDay() && db.get().isDay()) {
            return 3;
        }
        return da.get().hasMonth() && db.get().hasMonth() ? 1 : 0;
    }

    private int placePoints(EventReport a, EventReport b) {
        int best = 0;
        for (String p : a.places()) {
            for (String q : b.places()) {
                Places.Level level = places.shared(p, q);
                int points = level == null ? 0 : switch (level) {
                    case COUNTRY -> 0;
                    case REGION -> 1;
                    case LOCAL -> 2;
                };
                best = Math.max(best, points);
            }
        }
        return best;
    }

    /**
     * A participant both name, other than a place of either: 2, or 1 when all they share is a
     * whole country. A town shelled is the target and the place of both reports, and counting
     * it twice would link any two attacks on one town in one month; a state named as who acted
     * (the side of a war, a page's "BURKINA FASO -" section label read as a subject) is no
     * more telling than the country as a place.
     */
    private int participantPoints(EventReport a, EventReport b) {
        Set<String> shared = new java.util.HashSet<>(shared(a.agents(), b.agents(), a, b));
        if (!SAID_TYPES.contains(a.type())) {
            shared.addAll(shared(a.targets(), b.targets(), a, b));
        }
        if (shared.isEmpty()) {
            return 0;
        }
        // a state that speaks is the speaker: only a deed's country is weak evidence
        return !SAID_TYPES.contains(a.type()) && shared.stream().allMatch(places::isCountry) ? 1 : 2;
    }

    /** The participants of x also in y (or in y under another name of the same place), other than a place of either. */
    private Set<String> shared(Set<String> x, Set<String> y, EventReport a, EventReport b) {
        return x.stream().filter(e -> !a.places().contains(e) && !b.places().contains(e)
                        && (y.contains(e) || y.stream().anyMatch(f -> !a.places().contains(f) && !b.places().contains(f)
                                && places.sameName(e, f))))
                .collect(Collectors.toSet());
    }

    /** How many agents and targets two reports share: ranks links of equal points. */
    static int sharedParticipants(EventReport a, EventReport b) {
        return (int) (a.agents().stream().filter(b.agents()::contains).count()
                + a.targets().stream().filter(b.targets()::contains).count());
    }

    public static final class Builder {
        private Places places = Places.none();
        private int dateToleranceDays = DEFAULT_DATE_TOLERANCE_DAYS;
        private int pointsNeeded = DEFAULT_POINTS_NEEDED;

        public Builder places(Places places) {
            this.places = Objects.requireNonNull(places, "places");
            return this;
        }

        public Builder dateToleranceDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("dateToleranceDays < 0");
            }
            this.dateToleranceDays = days;
            return this;
        }

        /** Points needed to link (see the class comment); 5 by default, at most 7. */
        public Builder pointsNeeded(int points) {
            if (points < 1 || points > 7) {
                throw new IllegalArgumentException("pointsNeeded must be 1..7");
            }
            this.pointsNeeded = points;
            return this;
        }

        public LinkRule build() {
            return new LinkRule(this);
        }
    }
}
