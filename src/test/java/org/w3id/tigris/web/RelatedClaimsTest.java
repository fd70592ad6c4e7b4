package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Other sources' claims: those about the same event first, and a read that stops at its cap says so. */
class RelatedClaimsTest {
    private final GraphReader reader = new GraphReader(SampleGraph.dataset());

    @Test
    void theOtherSourcesClaimAboutTheSameEventIsFoundAndTheCountIsExact() {
        RelatedClaims.Related related = new RelatedClaims(reader, 500).of(SampleGraph.ministryClaim());
        assertTrue(related.viaByClaim().containsKey(SampleGraph.coalitionClaim()), related.toString());
        assertFalse(related.capped(), "fewer than the cap: the count is the total");
        assertFalse(related.viaByClaim().containsKey(SampleGraph.denialClaim()), "the same document is not another source");
    }

    @Test
    void aReadStoppedAtItsCapIsSaidAndKeepsTheClaimsAboutTheSameEvent() {
        RelatedClaims.Related related = new RelatedClaims(reader, 1).of(SampleGraph.ministryClaim());
        assertTrue(related.capped(), "the count is only a lower bound");
        assertTrue(related.viaByClaim().containsKey(SampleGraph.coalitionClaim()),
                "the claim about the same event is read before those about a shared actor");
    }
}
