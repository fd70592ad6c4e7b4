package org.w3id.tigris.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Groups reports into clusters of one real-world event. Candidate pairs are reports of one
 * type sharing a place key or a participant, with dates that can agree ({@link CandidatePairs});
 * they are linked strongest first, and two clusters merge only when no pair across them is
 * incompatible and no document would report twice: linking is not transitive across a
 * contradiction, so a chain A~B~C cannot put A and C together when they disagree.
 */
public final class EventClusterer {
    private final LinkRule rule;
    private final CandidatePairs pairs;

    public EventClusterer(LinkRule rule, Places places) {
        this(rule, places, CandidatePairs.DEFAULT_WINDOW, CandidatePairs.DEFAULT_BEST);
    }

    /**
     * @param window the most neighbours a report is compared with in one block
     * @param best the most links a report keeps
     */
    EventClusterer(LinkRule rule, Places places, int window, int best) {
        this.rule = rule;
        this.pairs = new CandidatePairs(rule, places, rule.dateToleranceDays(), window, best);
    }

    /** The clusters of two or more reports, each sorted by report IRI, in a stable order. */
    public List<List<EventReport>> cluster(List<EventReport> reports) {
        List<EventReport> sorted = reports.stream().sorted(Comparator.comparing(EventReport::iri)).toList();
        return merge(sorted, pairs.of(sorted), rule);
    }

    /**
     * Links the ranked pairs of reports sorted by IRI, strongest first (see the class comment).
     * Shared with {@link ClusterUpdate}, which links the pairs of part of a store.
     */
    static List<List<EventReport>> merge(List<EventReport> sorted, List<CandidatePairs.Candidate> ranked, LinkRule rule) {
        Cluster[] clusterOf = new Cluster[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            clusterOf[i] = new Cluster(i, sorted.get(i));
        }
        for (CandidatePairs.Candidate c : ranked) {
            Cluster x = clusterOf[c.a()];
            Cluster y = clusterOf[c.b()];
            if (x == y || !x.canJoin(y, rule)) {
                continue;
            }
            Cluster into = x.size() >= y.size() ? x : y;
            Cluster from = into == x ? y : x;
            into.absorb(from);
            from.reports().forEach(r -> clusterOf[r] = into);
        }
        List<List<EventReport>> out = new ArrayList<>();
        Set<Cluster> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Cluster c : clusterOf) {
            if (c.size() > 1 && seen.add(c)) {
                out.add(c.reports().stream().sorted().map(sorted::get).toList());
            }
        }
        return out;
    }
}
