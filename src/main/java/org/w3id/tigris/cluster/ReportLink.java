package org.w3id.tigris.cluster;

import java.util.Comparator;

/** A linked pair of reports, a before b in IRI order, with the values links are ranked by. */
record ReportLink(String a, String b, int strength, int shared, long days) {
    /** {@link CandidatePairs#RANKING} over IRIs, which order reports as the whole store's indexes do. */
    static final Comparator<ReportLink> RANKING = Comparator.comparingInt(ReportLink::strength).reversed()
            .thenComparing(Comparator.comparingInt(ReportLink::shared).reversed())
            .thenComparingLong(ReportLink::days)
            .thenComparing(ReportLink::a).thenComparing(ReportLink::b);

    String other(String report) {
        return report.equals(a) ? b : a;
    }
}
