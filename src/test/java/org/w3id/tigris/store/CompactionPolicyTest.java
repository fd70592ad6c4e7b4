package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompactionPolicyTest {
    private static final long MB = 1_000_000;
    private final CompactionPolicy policy = new CompactionPolicy(1.2, 100, 250 * MB);
    private final Optional<StoreSize> compacted = Optional.of(new StoreSize(300 * MB, 1_000_000));

    @Test
    void aStoreGrownPastTheSlackWithoutNewQuadsIsDue() {
        // documents replaced: as many quads as when compacted, the files a third longer
        assertTrue(policy.due(new StoreSize(400 * MB, 1_000_000), compacted));
        assertFalse(policy.due(new StoreSize(350 * MB, 1_000_000), compacted));
    }

    @Test
    void newQuadsRaiseTheEstimateByTheirOwnBytesOnly() {
        // a million quads more at 100 bytes: 400 MB expected, 480 MB allowed
        assertEquals(Optional.of(400 * MB), policy.estimate(2_000_000, compacted));
        assertFalse(policy.due(new StoreSize(470 * MB, 2_000_000), compacted));
        assertTrue(policy.due(new StoreSize(490 * MB, 2_000_000), compacted));
        // the fixed cost is not scaled: twice the quads never means twice the estimate
        assertTrue(policy.estimate(2_000_000, compacted).orElseThrow() < 2 * 300 * MB);
    }

    @Test
    void fewerQuadsNeverLowerTheEstimateBelowTheLastCompactedSize() {
        assertEquals(Optional.of(300 * MB), policy.estimate(10, compacted));
    }

    @Test
    void aStoreNeverCompactedIsCompactedOnceToLearnItsSize() {
        assertTrue(policy.due(new StoreSize(300 * MB, 5), Optional.empty()));
    }

    @Test
    void smallOrEmptyStoresAreLeftAlone() {
        assertFalse(policy.due(new StoreSize(240 * MB, 5), Optional.empty()), "under the minimum");
        assertFalse(policy.due(new StoreSize(900 * MB, 0), compacted), "no quads");
    }

    @Test
    void aSlackOfOneOrLessIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CompactionPolicy(1.0, 100, 0));
    }
}
