package org.w3id.tigris.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.tigris.cluster.LinkRuleTest.ABU_SHOUK;
import static org.w3id.tigris.cluster.LinkRuleTest.EL_FASHER;
import static org.w3id.tigris.cluster.LinkRuleTest.NORTH_DARFUR;
import static org.w3id.tigris.cluster.LinkRuleTest.NYALA;
import static org.w3id.tigris.cluster.LinkRuleTest.PLACES;
import static org.w3id.tigris.cluster.LinkRuleTest.RSF;
import static org.w3id.tigris.cluster.LinkRuleTest.RULE;
import static org.w3id.tigris.cluster.LinkRuleTest.SAF;
import static org.w3id.tigris.cluster.LinkRuleTest.SUDAN;
import static org.w3id.tigris.cluster.LinkRuleTest.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clusterer against the plain all-pairs algorithm it replaced, on small random stores,
 * and its bounds on a store where one actor's attacks fill a block.
 */
class ClusteringAtScaleTest {
    private static final List<String> PLACE_CHOICES = Collections.unmodifiableList(
            java.util.Arrays.asList(EL_FASHER, ABU_SHOUK, NORTH_DARFUR, NYALA, SUDAN, null));
    private static final List<String> DATES = List.of("2026-10-11", "2026-10-12", "2026-10-13", "2026-10-31",
            "2026-11-01", "2026-10", "2026-11", "2026");
    private static final List<String> TYPES = List.of("Assault", "Fight", "Accuse");

    @Test
    void smallStoresClusterAsComparingEveryPairDoes() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<EventReport> reports = new ArrayList<>();
            int n = 2 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                reports.add(randomReport(random, "r" + round + "-" + i, 1 + random.nextInt(8)));
            }
            assertEquals(allPairs(reports), new EventClusterer(RULE, PLACES).cluster(reports), "round " + round);
        }
    }

    @Test
    void aCrowdedBlockKeepsBoundedLinksAndSoundClusters() {
        // 10,000 reports of one actor's attacks on three days, as a generated corpus gives:
        // comparing every pair would be 50 million comparisons
        Random random = new Random(7);
        List<EventReport> reports = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            reports.add(report(String.format("x%06d", i), "Assault", "d" + (i / 4), DATES.get(random.nextInt(3)),
                    Set.of(EL_FASHER), Set.of(RSF), Set.of(), null));
        }
        List<EventReport> sorted = reports.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        int best = 4;
        List<CandidatePairs.Candidate> candidates = new CandidatePairs(RULE, PLACES, 1, 8, best).of(sorted);
        assertTrue(candidates.size() <= best * reports.size(), candidates.size() + " candidates");

        List<List<EventReport>> clusters = new EventClusterer(RULE, PLACES, 8, best).cluster(reports);
        for (List<EventReport> c : clusters) {
            assertEquals(c.size(), c.stream().map(EventReport::document).distinct().count(), "a document twice");
            // every pair compatible: one place here, so the days may span the tolerance at most
            List<String> days = c.stream().map(EventReport::date).distinct().sorted().toList();
            assertTrue(ReportDate.parse(days.get(0)).orElseThrow()
                    .daysTo(ReportDate.parse(days.get(days.size() - 1)).orElseThrow()) <= 1, days.toString());
        }
        assertTrue(clusters.stream().mapToInt(List::size).sum() > reports.size() / 2, "most reports are linked");
    }

    private static EventReport randomReport(Random random, String id, int documents) {
        String place = PLACE_CHOICES.get(random.nextInt(PLACE_CHOICES.size()));
        Set<String> agents = random.nextInt(3) == 0 ? Set.of() : Set.of(random.nextBoolean() ? RSF : SAF);
        Set<String> targets = random.nextInt(4) == 0 ? Set.of(random.nextBoolean() ? RSF : SAF) : Set.of();
        return report(id, TYPES.get(random.nextInt(TYPES.size())), "d" + random.nextInt(documents),
                DATES.get(random.nextInt(DATES.size())), place == null ? Set.of() : Set.of(place), agents, targets, null);
    }

    /** The clustering as it was first written: every pair within a block, clusters checked pair by pair. */
    private static List<List<EventReport>> allPairs(List<EventReport> reports) {
        record Pair(EventReport a, EventReport b, int strength, int shared, long days) { }
        List<EventReport> sorted = reports.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        Map<EventReport, Set<EventReport>> clusterOf = new HashMap<>();
        sorted.forEach(r -> clusterOf.put(r, new LinkedHashSet<>(List.of(r))));
        Map<String, List<EventReport>> blocks = new HashMap<>();
        for (EventReport r : sorted) {
            Set<String> keys = new HashSet<>();
            r.places().forEach(p -> keys.addAll(PLACES.blockingKeys(p)));
            r.agents().forEach(a -> keys.add("agent " + a));
            r.targets().forEach(t -> keys.add("target " + t));
            keys.forEach(k -> blocks.computeIfAbsent(r.type() + ' ' + k, x -> new ArrayList<>()).add(r));
        }
        Map<String, Pair> pairs = new HashMap<>();
        for (List<EventReport> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    EventReport a = block.get(i);
                    EventReport b = block.get(j);
                    RULE.link(a, b).ifPresent(s -> pairs.putIfAbsent(a.iri() + ' ' + b.iri(),
                            new Pair(a, b, s, LinkRule.sharedParticipants(a, b), CandidatePairs.days(a, b))));
                }
            }
        }
        List<Pair> ranked = pairs.values().stream()
                .sorted(Comparator.comparingInt(Pair::strength).reversed()
                        .thenComparing(Comparator.comparingInt(Pair::shared).reversed())
                        .thenComparingLong(Pair::days)
                        .thenComparing(p -> p.a().iri()).thenComparing(p -> p.b().iri()))
                .toList();
        for (Pair p : ranked) {
            Set<EventReport> x = clusterOf.get(p.a());
            Set<EventReport> y = clusterOf.get(p.b());
            if (x == y || x.stream().anyMatch(r -> y.stream().anyMatch(s -> s.document().equals(r.document())))
                    || !x.stream().allMatch(a -> y.stream().allMatch(b -> RULE.compatible(a, b)))) {
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
}
