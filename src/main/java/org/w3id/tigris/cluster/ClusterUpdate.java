package org.w3id.tigris.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clusters of the part of a store that added, replaced or removed reports can change,
 * equal to what {@link EventClusterer} computes over the whole store, at a cost that grows
 * with that part and not with the store.
 * <p>
 * Why the part is what it is. A report's pairs come from its blocks ({@link CandidatePairs}),
 * and in a block only the reports of the changed report's month or within the date tolerance
 * of its day can pair differently (the windows are ordered by day, and a month-only report
 * pairs within its month). Those reports keep other links, or lose them, only through their
 * own best links or their partners': so every report whose kept links can differ is one of
 * them or a partner of one. The clusterer merges along kept links only, strongest first, so
 * the clusters of a set of reports closed under kept links (whole components) depend on those
 * links alone, and their order is the store's order (report IRIs). The part recomputed is the
 * components of every report whose links can differ; every other component has the same links
 * as before, so its clusters are the ones already stored. An old cluster with a member in the
 * part, or among the reports that left, is replaced by the part's new clusters.
 * <p>
 * One update reads the store once; make a new one for each change.
 */
public final class ClusterUpdate {
    /** A report as it was (one that left) or is: its IRI, its date and its blocking keys. */
    public record Touch(String report, String date, Set<String> keys) { }

    /**
     * @param region   every report whose cluster was recomputed: the old clusters to replace are
     *                 those with a member here or among the reports that left
     * @param clusters the region's clusters of two or more reports, each sorted by report IRI
     */
    public record Result(Set<String> region, List<List<EventReport>> clusters) { }

    /** A linked pair, a before b in IRI order, with its ranking values. */
    private record Link(String a, String b, int strength, int shared, long days) {
        String other(String report) {
            return report.equals(a) ? b : a;
        }
    }

    /** {@link CandidatePairs#RANKING} over IRIs, which order reports as the whole store's indexes do. */
    private static final Comparator<Link> RANKING = Comparator.comparingInt(Link::strength).reversed()
            .thenComparing(Comparator.comparingInt(Link::shared).reversed())
            .thenComparingLong(Link::days)
            .thenComparing(Link::a).thenComparing(Link::b);

    private final ReportLookup store;
    private final Places places;
    private final LinkRule rule;
    private final CandidatePairs pairs;
    private final Map<String, Optional<EventReport>> reports = new HashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, Block> blocks = new HashMap<>();
    private final Map<String, List<Link>> best = new HashMap<>();
    private final Map<String, Set<Link>> kept = new HashMap<>();

    /** Over a store's reports and places, with the rule its clusters were computed with. */
    public ClusterUpdate(ReportLookup store, Places places, LinkRule rule) {
        this(store, places, rule, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST);
    }

    ClusterUpdate(ReportLookup store, Places places, LinkRule rule, int window, int best) {
        this.store = store;
        this.places = places;
        this.rule = rule;
        this.pairs = new CandidatePairs(rule, places, rule.dateToleranceDays(), window, best);
    }

    /** A report's date and blocking keys, taken before it leaves the store (the keys need its places then). */
    public static Touch touch(EventReport report, Places places) {
        return new Touch(report.iri(), report.date(), CandidatePairs.keys(report, places));
    }

    /**
     * @param left    the reports that left the store or were replaced, as they were
     * @param arrived the IRIs of the reports written (a replaced report may keep its IRI)
     */
    public Result update(Collection<Touch> left, Collection<String> arrived) {
        List<Touch> touches = new ArrayList<>(left);
        Set<String> changed = new HashSet<>();
        for (String iri : arrived) {
            report(iri).ifPresent(r -> {
                changed.add(iri);
                touches.add(new Touch(iri, r.date(), keys(r)));
            });
        }
        for (Touch t : touches) {
            ReportDate.parse(t.date()).filter(ReportDate::hasMonth)
                    .ifPresent(date -> t.keys().forEach(k -> changed.addAll(block(k).near(date))));
        }
        Set<String> dirty = new HashSet<>(changed);
        changed.forEach(r -> linked(r).forEach(l -> dirty.add(l.other(r))));
        Set<String> region = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(dirty);
        while (!todo.isEmpty()) {
            String r = todo.pop();
            if (region.add(r)) {
                kept(r).forEach(l -> todo.push(l.other(r)));
            }
        }
        List<EventReport> sorted = region.stream().sorted().map(iri -> report(iri).orElseThrow()).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).iri(), i);
        }
        Set<Link> links = new HashSet<>();
        region.forEach(r -> links.addAll(kept(r)));
        List<CandidatePairs.Candidate> ranked = links.stream()
                .map(l -> new CandidatePairs.Candidate(index.get(l.a()), index.get(l.b()), l.strength(), l.shared(), l.days()))
                .sorted(CandidatePairs.RANKING).toList();
        return new Result(Set.copyOf(region), EventClusterer.merge(sorted, ranked, rule));
    }

    private Optional<EventReport> report(String iri) {
        return reports.computeIfAbsent(iri, store::report);
    }

    private Set<String> keys(EventReport r) {
        return keys.computeIfAbsent(r.iri(), x -> CandidatePairs.keys(r, places));
    }

    private Block block(String key) {
        Block b = blocks.get(key);
        if (b == null) {
            b = new Block(key);
            blocks.put(key, b);
        }
        return b;
    }

    /** Every linked pair of a report, before each side keeps its best. */
    private List<Link> linked(String iri) {
        Optional<EventReport> r = report(iri);
        if (r.isEmpty() || CandidatePairs.Entry.of(0, r.get()).isEmpty()) {
            return List.of();
        }
        List<Link> out = new ArrayList<>();
        keys(r.get()).forEach(k -> out.addAll(block(k).links.getOrDefault(iri, List.of())));
        return out;
    }

    private List<Link> best(String iri) {
        return best.computeIfAbsent(iri, r -> linked(r).stream().sorted(RANKING).limit(pairs.best()).toList());
    }

    /** The links of a report the clusterer considers: its best ones and those it is among the best of. */
    private Set<Link> kept(String iri) {
        Set<Link> out = kept.get(iri);
        if (out == null) {
            out = new LinkedHashSet<>(best(iri));
            for (Link l : linked(iri)) {
                if (best(l.other(iri)).contains(l)) {
                    out.add(l);
                }
            }
            kept.put(iri, out);
        }
        return out;
    }

    /** One block of the store: its reports dated to the month at least, by IRI, and their linked pairs. */
    private final class Block {
        private final List<EventReport> members;
        private final List<CandidatePairs.Entry> entries = new ArrayList<>();
        private final Map<String, List<Link>> links = new HashMap<>();

        Block(String key) {
            members = candidates(key).stream().distinct().sorted().map(ClusterUpdate.this::report)
                    .flatMap(Optional::stream)
                    .filter(r -> keys(r).contains(key) && CandidatePairs.Entry.of(0, r).isPresent())
                    .toList();
            for (int i = 0; i < members.size(); i++) {
                entries.add(CandidatePairs.Entry.of(i, members.get(i)).orElseThrow());
            }
            pairs.pairs(entries, (x, y) -> {
                EventReport a = members.get(Math.min(x, y));
                EventReport b = members.get(Math.max(x, y));
                if (!key.equals(CandidatePairs.firstShared(keys(a), keys(b)))) {
                    return; // met in an earlier block of the two
                }
                rule.link(a, b).ifPresent(points -> {
                    Link l = new Link(a.iri(), b.iri(), points, LinkRule.sharedParticipants(a, b), CandidatePairs.days(a, b));
                    links.computeIfAbsent(a.iri(), r -> new ArrayList<>()).add(l);
                    links.computeIfAbsent(b.iri(), r -> new ArrayList<>()).add(l);
                });
            });
        }

        /** The members whose pairs here a report of this date coming or going can change. */
        List<String> near(ReportDate date) {
            List<String> out = new ArrayList<>();
            for (CandidatePairs.Entry e : entries) {
                boolean sameMonth = e.month().equals(date.month());
                boolean nearDay = date.isDay() && e.isDay() && Math.abs(e.day() - date.epochDay()) <= pairs.toleranceDays();
                if (sameMonth || nearDay) {
                    out.add(members.get(e.id()).iri());
                }
            }
            return out;
        }

        private Collection<String> candidates(String key) {
            int type = key.indexOf(' ');
            int kind = key.indexOf(' ', type + 1);
            String value = key.substring(kind + 1);
            return switch (key.substring(type + 1, kind)) {
                case "place" -> store.placesWithin(value).stream().flatMap(p -> store.withPlace(p).stream())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                case "agent" -> store.withAgent(value);
                case "target" -> store.withTarget(value);
                default -> throw new IllegalStateException("not a blocking key: " + key);
            };
        }
    }
}
