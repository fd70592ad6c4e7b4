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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Clusters kept up to date part by part against the whole store clustered again, after every
 * step of random sequences of documents added, replaced and removed.
 */
class ClusterUpdateTest {
    private static final List<String> PLACE_CHOICES = java.util.Arrays.asList(
            EL_FASHER, ABU_SHOUK, NORTH_DARFUR, NYALA, SUDAN, null);
    private static final List<String> TYPES = List.of("Assault", "Fight", "Accuse");
    private static final String[] PEOPLE = {RSF, SAF, LinkRuleTest.E + "militia"};

    /** Documents by name, each with its reports: a store as the update reads it. */
    private static final class Store implements ReportLookup {
        final Map<String, List<EventReport>> documents = new LinkedHashMap<>();
        final Set<List<EventReport>> clusters = new HashSet<>();

        List<EventReport> all() {
            return documents.values().stream().flatMap(List::stream).toList();
        }

        @Override
        public Optional<EventReport> report(String iri) {
            return all().stream().filter(r -> r.iri().equals(iri)).findFirst();
        }

        @Override
        public Optional<String> dateOf(String iri, String type) {
            return report(iri).filter(r -> r.type().equals(type)).map(EventReport::date);
        }

        @Override
        public Collection<String> datedIn(String month) {
            return all().stream().filter(r -> r.date() != null && r.date().length() >= 7 && r.date().startsWith(month))
                    .map(EventReport::iri).toList();
        }

        @Override
        public Set<String> clusterOf(String report) {
            return clusters.stream().filter(c -> c.stream().anyMatch(r -> r.iri().equals(report))).findFirst()
                    .map(c -> c.stream().map(EventReport::iri).collect(Collectors.toSet())).orElse(Set.of());
        }

        @Override
        public Collection<String> placesWithin(String place) {
            return PLACE_CHOICES.stream().filter(p -> p != null && PLACES.withContainers(p).contains(place)).toList();
        }

        @Override
        public Collection<String> withPlace(String place) {
            return all().stream().filter(r -> r.places().contains(place)).map(EventReport::iri).toList();
        }

        @Override
        public Collection<String> withAgent(String agent) {
            return all().stream().filter(r -> r.agents().contains(agent)).map(EventReport::iri).toList();
        }

        @Override
        public Collection<String> withTarget(String target) {
            return all().stream().filter(r -> r.targets().contains(target)).map(EventReport::iri).toList();
        }
    }

    @Test
    void updatedClustersEqualTheWholeStoreClusteredAgain() {
        for (int seed = 0; seed < 12; seed++) {
            // small windows and few kept links make the bounds bite, as in a crowded block
            int window = seed % 3 == 0 ? 2 : seed % 3 == 1 ? 4 : CandidatePairs.DEFAULT_WINDOW;
            int best = seed % 3 == 0 ? 1 : seed % 3 == 1 ? 3 : CandidatePairs.DEFAULT_BEST;
            replay(new Random(seed), window, best, false, BlockReading.DEFAULT, "seed " + seed);
        }
    }

    @Test
    void crowdedBlocksWhereOneLinkDecidesAnother() {
        // one type, few places and actors, three days: every report competes for the same partners
        for (int seed = 0; seed < 12; seed++) {
            replay(new Random(100 + seed), 2 + seed % 4, 1 + seed % 3, true, BlockReading.DEFAULT,
                    "crowded seed " + seed);
        }
    }

    @Test
    void blocksReadMonthByMonthGiveTheSameClusters() {
        // every block is read by the months asked for, as a large store's are; or by a first
        // month, then whole
        for (int seed = 0; seed < 8; seed++) {
            int window = seed % 2 == 0 ? 3 : CandidatePairs.DEFAULT_WINDOW;
            int best = seed % 2 == 0 ? 2 : CandidatePairs.DEFAULT_BEST;
            BlockReading reading = new BlockReading(0, seed < 4 ? 12 : 1);
            replay(new Random(200 + seed), window, best, false, reading, "by month, seed " + seed);
            replay(new Random(300 + seed), 2 + seed % 4, 1 + seed % 3, true, reading, "by month, crowded seed " + seed);
        }
    }

    @Test
    void aReportLeavingSplitsItsClusterAndOneArrivingJoinsIt() {
        Store store = new Store();
        Set<List<EventReport>> stored = store.clusters;
        EventReport a = report("a", "Assault", "d1", "2026-10-12", Set.of(EL_FASHER), Set.of(RSF), Set.of(), 3);
        EventReport b = report("b", "Assault", "d2", "2026-10-12", Set.of(EL_FASHER), Set.of(RSF), Set.of(), 5);
        apply(store, stored, "d1", List.of(a), RULE, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST,
                BlockReading.DEFAULT);
        assertEquals(Set.of(), stored);
        apply(store, stored, "d2", List.of(b), RULE, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST,
                BlockReading.DEFAULT);
        assertEquals(Set.of(List.of(a, b)), stored);
        apply(store, stored, "d1", List.of(), RULE, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST,
                BlockReading.DEFAULT);
        assertEquals(Set.of(), stored);
    }

    private static void replay(Random random, int window, int best, boolean crowded, BlockReading reading, String name) {
        Store store = new Store();
        Set<List<EventReport>> stored = store.clusters;
        int clustered = 0;
        for (int step = 0; step < 120; step++) {
            String document = "d" + random.nextInt(40);
            List<EventReport> reports = new ArrayList<>();
            if (random.nextInt(6) > 0) { // else the document is removed
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    // a replaced document's reports keep their IRIs, as a document's events do
                    reports.add(crowded ? crowdedReport(random, document + "-e" + i, document)
                            : randomReport(random, document + "-e" + i, document));
                }
            }
            apply(store, stored, document, reports, RULE, window, best, reading);
            List<List<EventReport>> full = new EventClusterer(RULE, PLACES, window, best).cluster(store.all());
            assertEquals(Set.copyOf(full), stored, name + ", step " + step);
            clustered += full.size();
        }
        assertTrue(clustered > 100, name + ": too few clusters to test anything (" + clustered + ")");
    }

    /** Writes a document's reports (none: removes it) and updates the stored clusters as a store does. */
    private static void apply(Store store, Set<List<EventReport>> stored, String document, List<EventReport> reports,
                              LinkRule rule, int window, int best, BlockReading reading) {
        List<ClusterUpdate.Touch> left = store.documents.getOrDefault(document, List.of()).stream()
                .map(r -> ClusterUpdate.touch(r, PLACES)).toList();
        Set<String> gone = left.stream().map(ClusterUpdate.Touch::report).collect(Collectors.toSet());
        if (reports.isEmpty()) {
            store.documents.remove(document);
        } else {
            store.documents.put(document, reports);
        }
        ClusterUpdate.Result result = new ClusterUpdate(store, PLACES, rule, window, best, reading)
                .update(left, reports.stream().map(EventReport::iri).toList());
        stored.removeIf(c -> c.stream().anyMatch(r -> result.region().contains(r.iri()) || gone.contains(r.iri())));
        stored.addAll(result.clusters());
    }

    private static EventReport crowdedReport(Random random, String id, String document) {
        String place = random.nextInt(4) == 0 ? NORTH_DARFUR : random.nextBoolean() ? EL_FASHER : ABU_SHOUK;
        Set<String> agents = random.nextInt(5) == 0 ? Set.of() : Set.of(random.nextInt(4) == 0 ? SAF : RSF);
        String date = random.nextInt(8) == 0 ? "2026-10" : "2026-10-1" + random.nextInt(4);
        return report(id, "Assault", document, date, Set.of(place), agents, Set.of(),
                random.nextInt(3) == 0 ? random.nextInt(9) : null);
    }

    private static EventReport randomReport(Random random, String id, String document) {
        String place = PLACE_CHOICES.get(random.nextInt(PLACE_CHOICES.size()));
        Set<String> agents = random.nextInt(4) == 0 ? Set.of() : Set.of(PEOPLE[random.nextInt(PEOPLE.length)]);
        Set<String> targets = random.nextInt(3) == 0 ? Set.of(PEOPLE[random.nextInt(PEOPLE.length)]) : Set.of();
        int day = 9 + random.nextInt(24); // 2026-10-09 .. 2026-11-01
        String date = switch (random.nextInt(10)) {
            case 0 -> "2026-10";
            case 1 -> "2026-11";
            case 2 -> "2026";
            case 3 -> null;
            default -> day > 31 ? "2026-11-01" : String.format("2026-10-%02d", day);
        };
        return report(id, TYPES.get(random.nextInt(TYPES.size())), document, date,
                place == null ? Set.of() : Set.of(place), agents, targets, random.nextInt(3) == 0 ? random.nextInt(9) : null);
    }
}
