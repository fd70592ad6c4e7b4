package org.w3id.tigris.store;

import java.time.Duration;
import java.util.Optional;

/**
 * What a request to compact came to.
 *
 * @param status what happened
 * @param before the store's size when the request was looked at
 * @param after its size after compacting, when it did
 * @param took how long the compaction took, when it ended
 * @param problem why it failed, when it did
 */
public record CompactionReport(Status status, StoreSize before, Optional<StoreSize> after, Duration took, String problem) {
    public enum Status {
        /** compacted: {@code after} holds the new size */
        COMPACTED,
        /** the policy found the store small enough */
        NOT_DUE,
        /** another compaction of the store was under way */
        ALREADY_RUNNING,
        /** started in the background; not waited for */
        STARTED,
        /** still running when the wait ran out; it goes on in the background */
        STILL_RUNNING,
        /** failed; the store is as it was before, nothing lost */
        FAILED
    }

    static CompactionReport of(Status status, StoreSize before) {
        return new CompactionReport(status, before, Optional.empty(), Duration.ZERO, "");
    }

    /** One line for people. */
    public String describe() {
        return switch (status) {
            case COMPACTED -> "compacted in " + took.toMillis() + " ms: " + before.describe() + " -> "
                    + after.orElseThrow().describe();
            case NOT_DUE -> "no compaction needed: " + before.describe();
            case ALREADY_RUNNING -> "a compaction is already under way: " + before.describe();
            case STARTED -> "compaction started in the background: " + before.describe();
            case STILL_RUNNING -> "compaction still running, left to finish in the background: " + before.describe();
            case FAILED -> "compaction failed (the store is as it was): " + problem;
        };
    }
}
