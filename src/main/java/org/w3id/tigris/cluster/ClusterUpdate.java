package org.w3id.tigris.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The clusters of the part of a store that added, replaced or removed reports change, equal
 * to what {@link EventClusterer} computes over the whole store, at a cost that grows with
 * that part and not with the store.
 * <p>
 * Which links can change. A report's pairs come from its blocks ({@link CandidatePairs}), and
 * in a block only the reports of a changed report's month, or within the date tolerance of its
 * day, can pair differently (the windows run by day; a month-only report pairs within its
 * month). Those reports keep other links only through their own best links or their
 * partners': every report whose kept links can differ is one of them or a partner of one.
 * <p>
 * Which clusters can change. The clusterer takes the links strongest first and joins two
 * clusters when {@link Cluster#canJoin} lets it; the clusters at any moment lie within the
 * final ones. So a set of clusters is the clusterer's result exactly when each cluster is
 * what the clusterer makes of its own links, and every link between two clusters was refused
 * when its turn came: by the parts of the two clusters that its stronger links had joined by
 * then. Both are checked cluster by cluster. The update recomputes the reports whose links
 * can differ with the stored clusters they are in; then every link from them to a stored
 * cluster left as it is is checked as above, and a stored cluster that such a link would
 * have joined is recomputed too, until none is. The stored clusters elsewhere keep their
 * links and their refusals, so they are the result's.
 * <p>
 * One update reads the store once; make a new one for each change.
 */
public final class ClusterUpdate {
    /** A report as it was (one that left) or is: its IRI, its date and its blocking keys. */
    public record Touch(String report, String date, Set<String> keys) { }

    /**
     * @param region   every report whose cluster was recomputed: the stored clusters to replace
     *                 are those with a member here or among the reports that left
     * @param clusters the region's clusters of two or more reports, each sorted by report IRI
     */
    public record Result(Set<String> region, List<List<EventReport>> clusters) { }

    private final ReportLookup store;
    private final Places places;
    private final BlockReading reading;
    private final LinkRule rule;
    private final CandidatePairs pairs;
    private final Map<String, Optional<EventReport>> reports = new HashMap<>();
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Map<String, ReportBlock> blocks = new HashMap<>();
    private final Map<String, Set<ReportLink>> best = new HashMap<>();
    private final Map<String, Set<ReportLink>> kept = new HashMap<>();

    /** Over a store's reports, places and clusters, with the rule its clusters were computed with. */
    public ClusterUpdate(ReportLookup store, Places places, LinkRule rule) {
        this(store, places, rule, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST, BlockReading.DEFAULT);
    }

    ClusterUpdate(ReportLookup store, Places places, LinkRule rule, int window, int best, BlockReading reading) {
        this.store = store;
        this.places = places;
        this.reading = reading;
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
        for (int i = 0; i < touches.size(); i++) {
            Touch t = touches.get(i);
            boolean arrivedHere = i >= left.size(); // the left ones come first
            ReportDate.parse(t.date()).filter(ReportDate::hasMonth)
                    .ifPresent(date -> t.keys().forEach(k -> changed.addAll(block(k).near(date, arrivedHere))));
        }
        Set<String> region = new HashSet<>(changed);
        changed.forEach(r -> linked(r).forEach(l -> region.add(l.other(r))));
        Set<String> dissolved = new HashSet<>(region);
        left.forEach(t -> dissolved.add(t.report()));
        dissolved.forEach(r -> region.addAll(store.clusterOf(r)));
        region.removeIf(r -> report(r).isEmpty()); // members of stored clusters that left
        while (true) {
            Map<String, List<EventReport>> clusterOf = clusters(region);
            Set<String> refused = new HashSet<>();
            for (String x : region) {
                for (ReportLink l : kept(x)) {
                    String y = l.other(x);
                    if (!region.contains(y) && !refused.contains(y)) {
                        List<EventReport> outside = store.clusterOf(y).stream().map(r -> report(r).orElseThrow()).toList();
                        if (joinedBefore(l, x, clusterOf.getOrDefault(x, List.of(report(x).orElseThrow())), y,
                                outside.isEmpty() ? List.of(report(y).orElseThrow()) : outside)) {
                            refused.add(y);
                            refused.addAll(store.clusterOf(y));
                        }
                    }
                }
            }
            if (refused.isEmpty()) {
                // each member maps to its cluster's one list: told apart by identity, as hashing
                // a cluster's reports once per member costs the square of its size
                Set<List<EventReport>> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
                List<List<EventReport>> out = clusterOf.values().stream().filter(distinct::add)
                        .filter(c -> c.size() > 1).toList();
                return new Result(Set.copyOf(region), out);
            }
            region.addAll(refused);
        }
    }

    /** The clusters the clusterer makes of these reports' links among themselves, by report. */
    private Map<String, List<EventReport>> clusters(Set<String> members) {
        Map<String, List<EventReport>> out = new HashMap<>();
        for (List<EventReport> c : merge(members, null)) {
            c.forEach(r -> out.put(r.iri(), c));
        }
        return out;
    }

    /** The clusterer over the links among the members, those ranked before {@code before} alone when given. */
    private List<List<EventReport>> merge(Collection<String> members, ReportLink before) {
        List<EventReport> sorted = members.stream().sorted().map(iri -> report(iri).orElseThrow()).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i).iri(), i);
        }
        Set<ReportLink> links = new HashSet<>();
        members.forEach(r -> kept(r).stream()
                .filter(l -> index.containsKey(l.other(r)) && (before == null || ReportLink.RANKING.compare(l, before) < 0))
                .forEach(links::add));
        List<CandidatePairs.Candidate> ranked = links.stream()
                .map(l -> new CandidatePairs.Candidate(index.get(l.a()), index.get(l.b()), l.strength(), l.shared(), l.days()))
                .sorted(CandidatePairs.RANKING).toList();
        return EventClusterer.merge(sorted, ranked, rule);
    }

    /**
     * True when, at its turn, the link would join x's and y's clusters as the links ranked
     * before it had made them inside the clusters they end in: those clusters are then wrong.
     */
    private boolean joinedBefore(ReportLink link, String x, List<EventReport> xCluster, String y, List<EventReport> yCluster) {
        return Cluster.of(partAt(link, x, xCluster)).canJoin(Cluster.of(partAt(link, y, yCluster)), rule);
    }

    private List<EventReport> partAt(ReportLink link, String report, List<EventReport> cluster) {
        if (cluster.size() > 1) {
            for (List<EventReport> c : merge(cluster.stream().map(EventReport::iri).toList(), link)) {
                if (c.stream().anyMatch(r -> r.iri().equals(report))) {
                    return c;
                }
            }
        }
        return List.of(report(report).orElseThrow());
    }

    private Optional<EventReport> report(String iri) {
        return reports.computeIfAbsent(iri, store::report);
    }

    private Set<String> keys(EventReport r) {
        return keys.computeIfAbsent(r.iri(), x -> CandidatePairs.keys(r, places));
    }

    private ReportBlock block(String key) {
        ReportBlock b = blocks.get(key);
        if (b == null) {
            b = new ReportBlock(key, store, pairs, rule, this::report, this::keys, reading);
            blocks.put(key, b);
        }
        return b;
    }

    /** Every linked pair of a report, before each side keeps its best. */
    private List<ReportLink> linked(String iri) {
        Optional<EventReport> r = report(iri);
        if (r.isEmpty() || CandidatePairs.Entry.of(0, r.get()).isEmpty()) {
            return List.of();
        }
        List<ReportLink> out = new ArrayList<>();
        keys(r.get()).forEach(k -> out.addAll(block(k).links(iri)));
        return out;
    }

    /** A report's strongest links, strongest first; a set, as every partner of a report asks whether it is among them. */
    private Set<ReportLink> best(String iri) {
        return best.computeIfAbsent(iri, r -> linked(r).stream().sorted(ReportLink.RANKING).limit(pairs.best())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The links of a report the clusterer considers: its best ones and those it is among the best of. */
    private Set<ReportLink> kept(String iri) {
        Set<ReportLink> out = kept.get(iri);
        if (out == null) {
            out = new LinkedHashSet<>(best(iri));
            for (ReportLink l : linked(iri)) {
                // a link among this report's best is kept whatever its partner's are: the
                // partner's blocks are read only when this report has more links than it keeps
                if (!out.contains(l) && best(l.other(iri)).contains(l)) {
                    out.add(l);
                }
            }
            kept.put(iri, out);
        }
        return out;
    }
}
