package org.w3id.tigris.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups reports into clusters of one real-world event. Candidate pairs are reports of one
 * type sharing a place key or a participant (every link needs one of the two); they are
 * linked strongest first, and two clusters merge only when no pair across them is
 * incompatible and no document would report twice: linking is not transitive across a
 * contradiction, so a chain A~B~C cannot put A and C together when they disagree.
 */
public final class EventClusterer {
    private final LinkRule rule;
    private final Places places;

    public EventClusterer(LinkRule rule, Places places) {
        this.rule = rule;
        this.places = places;
    }

    private record Candidate(EventReport a, EventReport b, int strength, int shared, long days) { }

    /** The clusters of two or more reports, each sorted by report IRI, in a stable order. */
    public List<List<EventReport>> cluster(List<EventReport> reports) {
        List<EventReport> sorted = reports.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        Map<EventReport, Set<EventReport>> clusterOf = new HashMap<>();
        for (EventReport r : sorted) {
            clusterOf.put(r, new LinkedHashSet<>(List.of(r)));
        }
        for (Candidate c : candidates(sorted)) {
            Set<EventReport> x = clusterOf.get(c.a());
            Set<EventReport> y = clusterOf.get(c.b());
            if (x == y || !mergeable(x, y)) {
                continue;
            }
            x.addAll(y);
            y.forEach(r -> clusterOf.put(r, x));
        }
        List<List<EventReport>> out = new ArrayList<>();
        Set<Set<EventReport>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EventReport r : sorted) {
            Set<EventReport> c = clusterOf.get(r);
            if (c.size() > 1 && seen.add(c)) {
                out.add(c.stream().sorted(Comparator.comparing(EventReport::iri)).toList());
            }
        }
        return out;
    }

    private boolean mergeable(Set<EventReport> x, Set<EventReport> y) {
        Set<String> documents = new HashSet<>();
        x.forEach(r -> documents.add(r.document()));
        for (EventReport r : y) {
            if (documents.contains(r.document())) {
                return false;
            }
        }
        return x.stream().allMatch(a -> y.stream().allMatch(b -> rule.compatible(a, b)));
    }

    private List<Candidate> candidates(List<EventReport> reports) {
        Map<String, List<EventReport>> blocks = new HashMap<>();
        for (EventReport r : reports) {
            for (String key : keys(r)) {
                blocks.computeIfAbsent(r.type() + ' ' + key, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Candidate> pairs = new HashMap<>();
        for (List<EventReport> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    EventReport a = block.get(i);
                    EventReport b = block.get(j);
                    String pairKey = a.iri() + ' ' + b.iri();
                    if (!pairs.containsKey(pairKey)) {
                        rule.link(a, b).ifPresent(s -> pairs.put(pairKey,
                                new Candidate(a, b, s, LinkRule.sharedParticipants(a, b), days(a, b))));
                    }
                }
            }
        }
        return pairs.values().stream()
                .sorted(Comparator.comparingInt(Candidate::strength).reversed()
                        .thenComparing(Comparator.comparingInt(Candidate::shared).reversed())
                        .thenComparingLong(Candidate::days)
                        .thenComparing(c -> c.a().iri()).thenComparing(c -> c.b().iri()))
                .toList();
    }

    private Set<String> keys(EventReport r) {
        Set<String> keys = new HashSet<>();
        r.places().forEach(p -> keys.addAll(places.blockingKeys(p)));
        r.agents().forEach(a -> keys.add("agent " + a));
        r.targets().forEach(t -> keys.add("target " + t));
        return keys;
    }

    private static long days(EventReport a, EventReport b) {
        var da = ReportDate.parse(a.date());
        var db = ReportDate.parse(b.date());
        return da.isPresent() && db.isPresent() && da.get().isDay() && db.get().isDay()
                ? da.get().daysTo(db.get()) : Long.MAX_VALUE;
    }
}
