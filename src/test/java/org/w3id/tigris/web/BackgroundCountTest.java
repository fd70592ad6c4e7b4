package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A count slower than a request must not make VoID or the service description fail or wait. */
class BackgroundCountTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final AtomicInteger counts = new AtomicInteger();
    private final AtomicReference<Optional<StoreState>> state =
            new AtomicReference<>(Optional.of(new StoreState("storage", 1)));
    private final MovableClock clock = new MovableClock();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aCountSlowerThanTheFirstWaitLeavesTheDescriptionWithoutCountsUntilItEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundCount<DatasetStatistics> statistics = statistics(() -> {
            await(release);
            return counted();
        }, Duration.ofMillis(50));

        assertEquals(Optional.empty(), statistics.get(), "no count yet, and the request did not wait for it");
        assertEquals(Optional.empty(), statistics.get());
        release.countDown();
        assertEquals(2, waitForCount(statistics).triples(), "the count, once it ended");
        assertEquals(1, counts.get(), "the requests that came during the count did not start others");
    }

    @Test
    void anUnchangedStoreIsNotCountedAgainHoweverOldItsCount() throws Exception {
        BackgroundCount<DatasetStatistics> statistics = statistics(this::counted, Duration.ofSeconds(5));
        assertTrue(statistics.get().isPresent());

        clock.advance(Duration.ofHours(1));
        statistics.get();
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(1, counts.get());
    }

    @Test
    void aChangedStoreIsCountedAgainOnceTheCountIsOldAndTheOldCountServesMeanwhile() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        BackgroundCount<DatasetStatistics> statistics = statistics(() -> {
            if (calls.incrementAndGet() > 1) {
                await(release);
            }
            return counted();
        }, Duration.ofSeconds(5));
        DatasetStatistics first = statistics.get().orElseThrow();

        state.set(Optional.of(new StoreState("storage", 2)));
        assertEquals(first, statistics.get().orElseThrow(), "changed, but the count is still young");
        assertEquals(1, counts.get());

        clock.advance(Duration.ofMinutes(5));
        assertEquals(first, statistics.get().orElseThrow(), "the old count answers while the new one runs");
        release.countDown();
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        assertEquals(2, counts.get());
        assertEquals(3, statistics.get().orElseThrow().triples(), "the new count");
    }

    private BackgroundCount<DatasetStatistics> statistics(Supplier<DatasetStatistics> counter, Duration firstWait) {
        return new BackgroundCount<>(counter, state::get, Duration.ofSeconds(30), firstWait, clock, executor);
    }

    private DatasetStatistics counted() {
        int n = counts.incrementAndGet();
        return new DatasetStatistics(n + 1, Map.of("g", 1L), Map.of("c", 1L));
    }

    private static DatasetStatistics waitForCount(BackgroundCount<DatasetStatistics> statistics) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<DatasetStatistics> counted = statistics.get();
            if (counted.isPresent()) {
                return counted.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the count never finished");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-07T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
