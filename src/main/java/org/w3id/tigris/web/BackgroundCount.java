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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A count over the whole store (VoID's and the service description's sizes, the home page's
 * totals), counted in the background.
 * <p>
 * Why: such a count scans the whole store, which at tens of thousands of documents takes longer
 * than a request should (VoID's, a minute at 27,000 documents): counted inside the request,
 * VoID and the service description timed out and answered 500. So a count
 * runs on the executor, one at a time, and a request takes the last one finished. Only while
 * there is none yet does it wait, briefly (a small store is counted by then); after that it
 * answers without counts rather than late. A finished count is kept until the store has changed
 * and it is older than the maximum age, so a store that does not change is counted once, and
 * one that changes all the time at most once per maximum age.
 */
final class BackgroundCount<T> {
    private record Snapshot<T>(T value, Instant taken, Optional<StoreState> state) {
    }

    /** A small store is counted well within this; a large one is described without counts until it is. */
    static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    private static final Duration COUNT_TIMEOUT = Duration.ofMinutes(30);

    private final Supplier<T> counter;
    private final Supplier<Optional<StoreState>> currentState;
    private final Duration maxAge;
    private final Duration firstWait;
    private final Clock clock;
    private final Executor executor;
    private volatile Snapshot<T> last;
    private CompletableFuture<Snapshot<T>> running;
    private Instant runningSince;

    /**
     * @param counter      counts the store (runs on the executor, for as long as it takes)
     * @param currentState the state of the store now, to tell whether a count is out of date
     * @param firstWait    how long a request waits for the first count
     */
    BackgroundCount(Supplier<T> counter, Supplier<Optional<StoreState>> currentState,
                     Duration maxAge, Duration firstWait, Clock clock, Executor executor) {
        this.counter = counter;
        this.currentState = currentState;
        this.maxAge = maxAge;
        this.firstWait = firstWait;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * A count for the server: on a thread of its own, at low priority, each query for up to
     * {@link #COUNT_TIMEOUT}; a request waits {@link #FIRST_WAIT} for the first count.
     */
    static <T> BackgroundCount<T> of(String name, GraphReader reader, Function<GraphReader, T> count, Duration maxAge) {
        GraphReader patient = reader.withQueryTimeout(COUNT_TIMEOUT);
        Executor thread = Executors.newSingleThreadExecutor(task -> {
            Thread counter = new Thread(task, "tigris-count-" + name);
            counter.setDaemon(true);
            counter.setPriority(Thread.MIN_PRIORITY);
            return counter;
        });
        return new BackgroundCount<>(() -> patient.read(() -> count.apply(patient)),
                () -> reader.read(() -> StoreState.of(reader.dataset().asDatasetGraph())),
                maxAge, FIRST_WAIT, Clock.systemUTC(), thread);
    }

    /** The last finished count; empty while the first count is still running past the wait. */
    Optional<T> get() {
        Snapshot<T> snapshot = last;
        if (snapshot != null && !outOfDate(snapshot)) {
            return Optional.of(snapshot.value());
        }
        CompletableFuture<Snapshot<T>> count = start();
        if (snapshot != null) {
            return Optional.of(snapshot.value());
        }
        // the wait is counted from the count's start, so that requests after the first do not wait again
        long waitMillis = firstWait.minus(Duration.between(startedAt(), clock.instant())).toMillis();
        try {
            return Optional.of(count.get(Math.max(0, waitMillis), TimeUnit.MILLISECONDS).value());
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("counting the store failed", e.getCause());
        }
    }

    private boolean outOfDate(Snapshot<T> snapshot) {
        return snapshot.taken().plus(maxAge).isBefore(clock.instant())
                && (snapshot.state().isEmpty() || !snapshot.state().equals(currentState.get()));
    }

    /** The count running, or a new one when none is. */
    private synchronized CompletableFuture<Snapshot<T>> start() {
        if (running != null) {
            return running;
        }
        CompletableFuture<Snapshot<T>> count = CompletableFuture.supplyAsync(() -> {
            Optional<StoreState> state = currentState.get();
            return new Snapshot<>(counter.get(), clock.instant(), state);
        }, executor);
        running = count;
        runningSince = clock.instant();
        count.whenComplete((snapshot, failure) -> finished(snapshot));
        return count;
    }

    private synchronized Instant startedAt() {
        return runningSince == null ? clock.instant() : runningSince;
    }

    private synchronized void finished(Snapshot<T> snapshot) {
        if (snapshot != null) {
            last = snapshot;
        }
        running = null;
    }
}
