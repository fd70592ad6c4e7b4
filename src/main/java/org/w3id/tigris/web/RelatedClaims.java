package org.w3id.tigris.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;

/**
 * What other sources claim about what a claim is about: first the claims about the same event
 * as another source reported it, then those about a shared entity or event.
 * <p>
 * Why two reads, each with a cap: a frequent actor has tens of thousands of claims about it
 * (Iraq, 23,783 at 27,000 documents), and one query that read them all to sort them took most
 * of the claim page's time, and still kept only its first rows, by IRI, so that claims about
 * the same event could fall past the cut while the page gave the cut's size as the total.
 * Claims about the same event are few and all read; those about a shared entity are read only
 * up to the cap, and a page that reached it says "more than".
 */
final class RelatedClaims {
    /** The claims related to one claim, each with what links it, and whether a read stopped at its cap. */
    record Related(Map<String, Set<String>> viaByClaim, boolean capped) {
    }

    private final GraphReader reader;
    private final int cap;

    RelatedClaims(GraphReader reader, int cap) {
        this.reader = reader;
        this.cap = cap;
    }

    Related of(String claim) {
        Map<String, Set<String>> viaByClaim = new LinkedHashMap<>();
        boolean capped = read(KgQuery.RELATED_CLAIMS_BY_EVENT, claim, viaByClaim);
        capped |= read(KgQuery.RELATED_CLAIMS_BY_ENTITY, claim, viaByClaim);
        return new Related(viaByClaim, capped);
    }

    /** Adds the query's claims; true when it stopped at the cap. */
    private boolean read(KgQuery kind, String claim, Map<String, Set<String>> viaByClaim) {
        Query query = reader.prepared(kind, q -> q.setIri("this", claim));
        query.setLimit(cap);
        List<Row> rows = reader.select(query);
        for (Row row : rows) {
            if (row.iri("other").isPresent() && row.iri("via").isPresent()) {
                viaByClaim.computeIfAbsent(row.iri("other").get(), c -> new LinkedHashSet<>()).add(row.iri("via").get());
            }
        }
        return rows.size() >= cap;
    }
}
