package org.w3id.tigris.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cluster while it grows: its reports (by index), the documents they come from, and one
 * report for each distinct type, date and places among them. Whether two reports contradict
 * depends on those three only, so checking one report per combination against the other
 * cluster's is the same as checking every pair, at a cost that does not grow with the
 * number of sources reporting the event.
 */
final class Cluster {
    private record Signature(String type, String date, Set<String> places) { }

    private final List<Integer> reports = new ArrayList<>();
    private final Set<String> documents = new HashSet<>();
    private final Map<Signature, EventReport> kinds = new LinkedHashMap<>();

    Cluster(int id, EventReport report) {
        reports.add(id);
        documents.add(report.document());
        kinds.put(signature(report), report);
    }

    /** A cluster of these reports (their indexes are not kept), to ask {@link #canJoin}. */
    static Cluster of(List<EventReport> reports) {
        Cluster c = new Cluster(0, reports.get(0));
        reports.stream().skip(1).forEach(r -> c.absorb(new Cluster(0, r)));
        return c;
    }

    List<Integer> reports() {
        return reports;
    }

    int size() {
        return reports.size();
    }

    /** No document would report twice, and nothing in one contradicts the other. */
    boolean canJoin(Cluster other, LinkRule rule) {
        Set<String> smaller = documents.size() <= other.documents.size() ? documents : other.documents;
        Set<String> larger = smaller == documents ? other.documents : documents;
        if (smaller.stream().anyMatch(larger::contains)) {
            return false;
        }
        return kinds.values().stream().allMatch(a -> other.kinds.values().stream().allMatch(b -> rule.compatible(a, b)));
    }

    /** Takes the other cluster's reports into this one. */
    void absorb(Cluster other) {
        reports.addAll(other.reports);
        documents.addAll(other.documents);
        other.kinds.forEach(kinds::putIfAbsent);
    }

    private static Signature signature(EventReport r) {
        return new Signature(r.type(), r.date(), r.places());
    }
}
