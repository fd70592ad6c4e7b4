package org.w3id.tigris.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.store.ClusterUpkeep;
import org.w3id.tigris.store.LiveStore;

/**
 * Brings a served store's event clusters up to date shortly after ingests, on a thread of its
 * own, so that an ingest answers once its documents are stored and searchable and does not
 * wait for the clusters ({@link ClusterUpkeep#DEFERRED}). Ingests that arrive while an update
 * runs are covered by the next one: a burst of ingests costs one or two updates, not one each.
 * <p>
 * An update of a crowded store can take minutes (its cost follows the reports near the new ones,
 * not their number). The next one then starts no sooner than the last one took, so that under a
 * steady stream of ingests the updates take at most about half of the time and the ingests the rest.
 */
final class ClusterCatchUp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterCatchUp.class);

    private final LiveStore store;
    private final Duration delay;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long nextDelayMillis;

    /** {@code delay}: how long after an ingest the update starts, to take in those that follow it. */
    ClusterCatchUp(LiveStore store, Duration delay) {
        this.store = store;
        this.delay = delay;
        this.nextDelayMillis = delay.toMillis();
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tigris-cluster-catch-up");
            t.setDaemon(true);
            return t;
        });
    }

    /** After an ingest committed groups: an update follows unless one is already waiting to start. */
    void requested() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.schedule(this::update, nextDelayMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                scheduled.set(false); // closing: the store's pending note has the clusters recomputed at the next start
            }
        }
    }

    private void update() {
        scheduled.set(false);
        long start = System.nanoTime();
        try {
            if (store.updateClusters()) {
                store.settle();
            }
        } catch (RuntimeException e) {
            // the groups stay owed and the store's note stays: the next update or start catches up
            LOG.error("Cannot bring the event clusters up to date: {}", e.getMessage(), e);
        } finally {
            nextDelayMillis = Math.max(delay.toMillis(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
        if (store.owesClusters()) {
            requested(); // groups committed while this update ran
        }
    }

    /** Lets an update under way or waiting finish for a while; what is still owed then is recomputed at the next start. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(LiveIngest.CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Stopped before the event clusters were up to date: they are recomputed at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
