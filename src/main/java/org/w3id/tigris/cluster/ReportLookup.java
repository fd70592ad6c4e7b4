package org.w3id.tigris.cluster;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What an update of part of the clusters reads of a store: reports by IRI, the reports that
 * name a place, an agent or a target, from which the blocks of {@link CandidatePairs} are
 * found, and the clusters stored. The IRIs returned may include things that are not reports:
 * they are checked.
 */
public interface ReportLookup {
    Optional<EventReport> report(String iri);

    /**
     * The date of a report of this type (its {@link EventReport#type()}), read without the rest
     * of it; empty when the IRI is not a report of this type or the report is undated.
     */
    Optional<String> dateOf(String iri, String type);

    /**
     * What is dated within a month ({@code yyyy-MM}): to one of its days or to the month
     * alone. How a large block is read by the months a change needs.
     */
    Collection<String> datedIn(String month);

    /** The reports of the stored cluster holding this report, itself included; empty when none does. */
    Set<String> clusterOf(String report);

    /** The place and every place lying within it ({@code tg:locatedIn}, followed down). */
    Collection<String> placesWithin(String place);

    Collection<String> withPlace(String place);

    Collection<String> withAgent(String agent);

    Collection<String> withTarget(String target);
}
