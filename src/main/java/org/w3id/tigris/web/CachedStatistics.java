package org.w3id.tigris.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Counting every triple scans the whole store, and VoID or the service description may be
 * fetched often (tools probe the endpoint); counts a few seconds old are good enough.
 */
final class CachedStatistics {
    private record Snapshot(DatasetStatistics statistics, Instant taken) {
    }

    private final GraphReader reader;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Snapshot last;

    CachedStatistics(GraphReader reader, Duration maxAge, Clock clock) {
        this.reader = reader;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    DatasetStatistics get() {
        Snapshot snapshot = last;
        Instant now = clock.instant();
        if (snapshot == null || snapshot.taken().plus(maxAge).isBefore(now)) {
            snapshot = new Snapshot(DatasetStatistics.count(reader), now);
            last = snapshot;
        }
        return snapshot.statistics();
    }
}
