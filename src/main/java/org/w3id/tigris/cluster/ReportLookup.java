package org.w3id.tigris.cluster;

import java.util.Collection;
import java.util.Optional;

/**
 * What an update of part of the clusters reads of a store: reports by IRI, and the reports
 * that name a place, an agent or a target, from which the blocks of {@link CandidatePairs}
 * are found. The IRIs returned may include things that are not reports: they are checked.
 */
public interface ReportLookup {
    Optional<EventReport> report(String iri);

    /** The place and every place lying within it ({@code tg:locatedIn}, followed down). */
    Collection<String> placesWithin(String place);

    Collection<String> withPlace(String place);

    Collection<String> withAgent(String agent);

    Collection<String> withTarget(String target);
}
