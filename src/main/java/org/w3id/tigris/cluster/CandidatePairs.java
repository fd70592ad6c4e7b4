package org.w3id.tigris.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The linked pairs of reports the clusterer considers, found without comparing every report
 * with every other: a store of a year of news holds a million reports, and one actor's
 * attacks alone can be a hundred thousand of them.
 * <p>
 * Pairs come from blocks (one PLOVER type and one place key or participant, as every link
 * needs one of the two), and within a block only from dates that can be compatible: days at
 * most the rule's tolerance apart, or a month and a day or month within it. Reports dated
 * less precisely than a month are left out, as the rule never links them. In a dense block each
 * report is paired with at most {@code window} neighbours (nearest days first), and each
 * report keeps its {@code best} strongest links. Both bounds only bite where a block holds
 * more reports of a few days than the window: below them the pairs are exactly those an
 * all-pairs comparison would link.
 */
final class CandidatePairs {
    static final int DEFAULT_WINDOW = 48;
    static final int DEFAULT_BEST = 16;

    /** A linked pair by index into the reports (a before b), with its ranking values. */
    record Candidate(int a, int b, int strength, int shared, long days) { }

    /** Strongest first; ties by shared participants, then nearer days, then report order. */
    static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::strength).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
            .thenComparingLong(Candidate::days)
            .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b);

    /** A report in a block: its index, its day (or none) and its month. */
    record Entry(int id, long day, String month) {
        boolean isDay() {
            return day != Long.MIN_VALUE;
        }

        /** The entry of a report dated to the month at least, or empty (such a report is never linked). */
        static Optional<Entry> of(int id, EventReport r) {
            return ReportDate.parse(r.date()).filter(ReportDate::hasMonth)
                    .map(d -> new Entry(id, d.isDay() ? d.epochDay() : Long.MIN_VALUE, d.month()));
        }
    }

    private final LinkRule rule;
    private final Places places;
    private final int toleranceDays;
    private final int window;
    private final int best;

    CandidatePairs(LinkRule rule, Places places, int toleranceDays, int window, int best) {
        this.rule = rule;
        this.places = places;
        this.toleranceDays = toleranceDays;
        this.window = window;
        this.best = best;
    }

    int toleranceDays() {
        return toleranceDays;
    }

    /** The most neighbours a report is compared with in one block. */
    int window() {
        return window;
    }

    /** The most links a report keeps. */
    int best() {
        return best;
    }

    /** The linked pairs among reports (indexes into the list), best first. */
    List<Candidate> of(List<EventReport> reports) {
        List<Set<String>> keys = new ArrayList<>(reports.size());
        Map<String, List<Entry>> blocks = new HashMap<>();
        for (int id = 0; id < reports.size(); id++) {
            EventReport r = reports.get(id);
            Set<String> own = keys(r, places);
            keys.add(own);
            Optional<Entry> entry = Entry.of(id, r);
            if (entry.isEmpty()) {
                continue;
            }
            own.forEach(k -> blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(entry.get()));
        }
        Map<Integer, PriorityQueue<Candidate>> kept = new HashMap<>();
        blocks.forEach((key, block) -> pairs(block, (a, b) -> {
            if (!key.equals(firstShared(keys.get(a), keys.get(b)))) {
                return; // the pair is met in an earlier block of the two
            }
            EventReport x = reports.get(Math.min(a, b));
            EventReport y = reports.get(Math.max(a, b));
            rule.link(x, y).ifPresent(points -> {
                Candidate c = new Candidate(Math.min(a, b), Math.max(a, b), points,
                        LinkRule.sharedParticipants(x, y), days(x, y));
                keep(kept, c.a(), c);
                keep(kept, c.b(), c);
            });
        }));
        Set<Candidate> out = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.values().forEach(out::addAll);
        return out.stream().sorted(RANKING).toList();
    }

    interface PairSink {
        void accept(int a, int b);
    }

    /** The block's date-compatible pairs, each once, each report with at most window partners. */
    void pairs(List<Entry> block, PairSink sink) {
        List<Entry> days = block.stream().filter(Entry::isDay)
                .sorted(Comparator.comparingLong(Entry::day).thenComparingInt(Entry::id)).toList();
        for (int p = 0; p < days.size(); p++) {
            Entry e = days.get(p);
            for (int q = p + 1, n = 0; q < days.size() && n < window; q++, n++) {
                if (days.get(q).day() - e.day() > toleranceDays) {
                    break;
                }
                sink.accept(e.id(), days.get(q).id());
            }
        }
        Map<String, List<Entry>> byMonth = new HashMap<>();
        block.forEach(e -> byMonth.computeIfAbsent(e.month(), m -> new ArrayList<>()).add(e));
        for (List<Entry> month : byMonth.values()) {
            month.sort(Comparator.comparingInt(Entry::id));
            List<Entry> monthOnly = month.stream().filter(e -> !e.isDay()).toList();
            for (Entry m : monthOnly) {
                int n = 0;
                for (Entry other : month) {
                    if (n >= window) {
                        break;
                    }
                    // a month-only pair once (from its first report); a month and a day from the month's side
                    if (other.id() != m.id() && (other.isDay() || other.id() > m.id())) {
                        sink.accept(m.id(), other.id());
                        n++;
                    }
                }
            }
        }
    }

    private void keep(Map<Integer, PriorityQueue<Candidate>> kept, int report, Candidate c) {
        PriorityQueue<Candidate> q = kept.computeIfAbsent(report, r -> new PriorityQueue<>(RANKING.reversed()));
        q.add(c);
        if (q.size() > best) {
            q.poll(); // the weakest
        }
    }

    /** The first key (in order) of two reports' sorted keys that both have. */
    static String firstShared(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return k;
            }
        }
        return null;
    }

    /**
     * The blocks a report is found in, sorted: its type with each place key, agent and target.
     * Whether it is in them also needs a date to the month at least ({@link Entry#of}).
     */
    static Set<String> keys(EventReport r, Places places) {
        Set<String> keys = new TreeSet<>();
        r.places().forEach(p -> places.blockingKeys(p).forEach(k -> keys.add(r.type() + " place " + k)));
        r.agents().forEach(a -> keys.add(r.type() + " agent " + a));
        r.targets().forEach(t -> keys.add(r.type() + " target " + t));
        return keys;
    }

    /** Days between two reports dated to the day; otherwise the most a long holds (ranks last). */
    static long days(EventReport a, EventReport b) {
        var da = ReportDate.parse(a.date());
        var db = ReportDate.parse(b.date());
        return da.isPresent() && db.isPresent() && da.get().isDay() && db.get().isDay()
                ? da.get().daysTo(db.get()) : Long.MAX_VALUE;
    }
}
