package org.w3id.tigris.server;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may evaluate a query now. Of the {@code running} evaluation slots, all but one form the
 * general lane, where a query runs up to the server's timeout. The last slot is the quick
 * lane: a query that arrives when the general lane is full runs there at once, but only for a
 * short deadline. So however many runaway queries hold the general lane, a newcomer that is
 * cheap is answered at once, and a runaway newcomer holds the quick lane only briefly. Up to
 * {@code queue} queries that find both lanes full wait for the general lane, each for at most
 * {@code maxWait}; the rest are turned away. Queued queries never take the quick lane: it is
 * kept for those arriving, not for the backlog.
 */
final class QueryLanes {
    /** Where an admitted query runs. */
    enum Lane { GENERAL, QUICK }

    private final Semaphore general;
    private final Semaphore quick;
    private final int queue;
    private final Duration maxWait;
    private final AtomicInteger waiting = new AtomicInteger();

    QueryLanes(int running, int queue, Duration maxWait) {
        int generalSlots = Math.max(1, running - 1);
        this.general = new Semaphore(generalSlots, true);
        this.quick = new Semaphore(running - generalSlots);
        this.queue = queue;
        this.maxWait = maxWait;
    }

    /** The lane granted, after a wait if need be; empty when the query is turned away. */
    Optional<Lane> admit() {
        if (general.tryAcquire()) {
            return Optional.of(Lane.GENERAL);
        }
        if (quick.tryAcquire()) {
            return Optional.of(Lane.QUICK);
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return Optional.empty();
        }
        try {
            return general.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(Lane.GENERAL)
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release(Lane lane) {
        (lane == Lane.GENERAL ? general : quick).release();
    }

    int waiting() {
        return waiting.get();
    }
}
