package org.w3id.tigris.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The store's counts for VoID and the service description, counted in the background.
 * <p>
 * Why: counting every triple and instance scans the whole store, which at tens of thousands of
 * documents takes longer than any request may (a minute of CPU at 27,000 documents): counted
 * inside the request, VoID and the service description timed out and answered 500. So a count
 * runs on the executor, one at a time, and a request takes the last one finished. Only while
 * there is none yet does it wait, briefly (a small store is counted by then); after that it
 * answers without counts rather than late. A finished count is kept until the store has changed
 * and it is older than the maximum age, so a store that does not change is counted once, and
 * one that changes all the time at most once per maximum age.
 */
final class CachedStatistics {
    private record Snapshot(DatasetStatistics statistics, Instant taken, Optional<StoreState> state) {
    }

    /** A small store is counted well within this; a large one is described without counts until it is. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    private static final Duration COUNT_TIMEOUT = Duration.ofMinutes(30);

    private final Supplier<DatasetStatistics> counter;
    private final Supplier<Optional<StoreState>> currentState;
    private final Duration maxAge;
    private final Duration firstWait;
    private final Clock clock;
    private final Executor executor;
    private volatile Snapshot last;
    private CompletableFuture<Snapshot> running;
    private Instant runningSince;

    /**
     * @param counter      counts the store (runs on the executor, for as long as it takes)
     * @param currentState the state of the store now, to tell whether a count is out of date
     * @param firstWait    how long a request waits for the first count
     */
    CachedStatistics(Supplier<DatasetStatistics> counter, Supplier<Optional<StoreState>> currentState,
                     Duration maxAge, Duration firstWait, Clock clock, Executor executor) {
        this.counter = counter;
        this.currentState = currentState;
        this.maxAge = maxAge;
        this.firstWait = firstWait;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Counts for the server: on a thread of their own, at low priority, each query for up to
     * {@link #COUNT_TIMEOUT}; a request waits {@link #FIRST_WAIT} for the first count.
     */
    static CachedStatistics counting(GraphReader reader, Duration maxAge) {
        GraphReader patient = reader.withQueryTimeout(COUNT_TIMEOUT);
        Executor thread = Executors.newSingleThreadExecutor(task -> {
            Thread counter = new Thread(task, "tigris-statistics");
            counter.setDaemon(true);
            counter.setPriority(Thread.MIN_PRIORITY);
            return counter;
        });
        return new CachedStatistics(() -> DatasetStatistics.count(patient),
                () -> reader.read(() -> StoreState.of(reader.dataset().asDatasetGraph())),
                maxAge, FIRST_WAIT, Clock.systemUTC(), thread);
    }

    /** The last finished count; empty while the first count is still running past the wait. */
    Optional<DatasetStatistics> get() {
        Snapshot snapshot = last;
        if (snapshot != null && !outOfDate(snapshot)) {
            return Optional.of(snapshot.statistics());
        }
        CompletableFuture<Snapshot> count = start();
        if (snapshot != null) {
            return Optional.of(snapshot.statistics());
        }
        // the wait is counted from the count's start, so that requests after the first do not wait again
        long waitMillis = firstWait.minus(Duration.between(startedAt(), clock.instant())).toMillis();
        try {
            return Optional.of(count.get(Math.max(0, waitMillis), TimeUnit.MILLISECONDS).statistics());
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting the store failed", e.getCause());
        }
    }

    private boolean outOfDate(Snapshot snapshot) {
        return snapshot.taken().plus(maxAge).isBefore(clock.instant())
                && (snapshot.state().isEmpty() || !snapshot.state().equals(currentState.get()));
    }

    /** The count running, or a new one when none is. */
    private synchronized CompletableFuture<Snapshot> start() {
        if (running != null) {
            return running;
        }
        CompletableFuture<Snapshot> count = CompletableFuture.supplyAsync(() -> {
            Optional<StoreState> state = currentState.get();
            return new Snapshot(counter.get(), clock.instant(), state);
        }, executor);
        running = count;
        runningSince = clock.instant();
        count.whenComplete((snapshot, failure) -> finished(snapshot));
        return count;
    }

    private synchronized Instant startedAt() {
        return runningSince == null ? clock.instant() : runningSince;
    }

    private synchronized void finished(Snapshot snapshot) {
        if (snapshot != null) {
            last = snapshot;
        }
        running = null;
    }
}
