package org.w3id.tigris.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.store.CompactionReport.Status;

/**
 * Compacts one store's TDB2 database on a thread of its own, one compaction at a time.
 * <p>
 * TDB2's compaction copies the live data into a new generation ({@code Data-NNNN}), switches
 * to it and deletes the old generation. Transactions are held at their start while it runs
 * (see {@link #run}): queries asked meanwhile wait for it and then answer. A compaction cut short leaves a temporary directory that TDB2
 * deletes when the store is next opened, and the old generation in use: nothing is lost.
 * <p>
 * Two things make it unfit for a request's own thread: it waits for the writers of the
 * moment to finish, and Jena serialises every compaction in the JVM on one static lock, so a
 * compaction of another store stuck on its readers would block this one. So callers never
 * run it themselves: they hand it to this compactor's thread and wait for it a bounded time
 * at most ({@link #compactIfDue(Duration)}) or not at all ({@link #startIfDue()}).
 */
public final class StoreCompactor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCompactor.class);

    private final DatasetGraph tdb;
    private final Path tdbDirectory;
    private final CompactionPolicy policy;
    private final CompactedSize compacted;
    private final ExecutorService thread;
    private Future<CompactionReport> current; // the compaction under way or last done

    private StoreCompactor(DatasetGraph tdb, Path tdbDirectory, CompactionPolicy policy) {
        this.tdb = tdb;
        this.tdbDirectory = tdbDirectory;
        this.policy = policy;
        this.compacted = new CompactedSize(tdbDirectory);
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tigris-compaction");
            t.setDaemon(true); // a process may end during a compaction: TDB2 drops the half-made copy
            return t;
        });
    }

    /** A compactor for the TDB2 database {@code tdb} kept in {@code tdbDirectory}. */
    public static StoreCompactor over(DatasetGraph tdb, Path tdbDirectory, CompactionPolicy policy) {
        return new StoreCompactor(tdb, tdbDirectory, policy);
    }

    /** The database's size now (its quads counted in a read transaction). */
    public StoreSize size() {
        return StoreSize.measure(tdbDirectory, tdb);
    }

    /** The size the store had after its last compaction or bulk load, if recorded. */
    public Optional<StoreSize> lastCompacted() {
        return compacted.read();
    }

    /** Records the store's present size as compact: after a bulk load into a new store, which leaves no dead blocks. */
    public StoreSize recordCompact() {
        StoreSize now = size();
        compacted.write(now);
        return now;
    }

    /** Compacts when the policy says it pays, waiting at most {@code wait} for the outcome. */
    public CompactionReport compactIfDue(Duration wait) {
        return await(submit(false), wait);
    }

    /** Compacts whatever the policy says, waiting at most {@code wait}. */
    public CompactionReport compact(Duration wait) {
        return await(submit(true), wait);
    }

    /** Compacts in the background when the policy says it pays; returns at once. */
    public CompactionReport startIfDue() {
        return started(submit(false));
    }

    /** Compacts in the background whatever the policy says; returns at once. */
    public CompactionReport start() {
        return started(submit(true));
    }

    /** Waits at most {@code wait} for the compaction under way, or reports the last one. */
    public CompactionReport awaitCurrent(Duration wait) {
        Future<CompactionReport> job;
        synchronized (this) {
            job = current;
        }
        if (job == null) {
            return CompactionReport.of(Status.NOT_DUE, bytesOnly());
        }
        return await(Optional.of(job), wait);
    }

    /** True while a compaction (or the look at whether one is due) is under way. */
    public synchronized boolean running() {
        return current != null && !current.isDone();
    }

    private synchronized Optional<Future<CompactionReport>> submit(boolean force) {
        if (running()) {
            return Optional.empty();
        }
        current = thread.submit(() -> run(force));
        return Optional.of(current);
    }

    private CompactionReport started(Optional<Future<CompactionReport>> job) {
        return CompactionReport.of(job.isPresent() ? Status.STARTED : Status.ALREADY_RUNNING, bytesOnly());
    }

    private CompactionReport await(Optional<Future<CompactionReport>> job, Duration wait) {
        if (job.isEmpty()) {
            return CompactionReport.of(Status.ALREADY_RUNNING, bytesOnly());
        }
        try {
            return job.get().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Compaction of {} still running after {} s: it goes on in the background", tdbDirectory, wait.toSeconds());
            return CompactionReport.of(Status.STILL_RUNNING, bytesOnly());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompactionReport.of(Status.STILL_RUNNING, bytesOnly());
        } catch (ExecutionException e) {
            return new CompactionReport(Status.FAILED, bytesOnly(), Optional.empty(), Duration.ZERO,
                    String.valueOf(e.getCause()));
        }
    }

    private StoreSize bytesOnly() {
        return new StoreSize(StoreSize.bytesUnder(tdbDirectory), 0);
    }

    /** On the compactor's thread. Never throws: a failed compaction leaves the store as it was and says so. */
    private CompactionReport run(boolean force) {
        StoreSize before = size();
        if (!force && !policy.due(before, compacted.read())) {
            return CompactionReport.of(Status.NOT_DUE, before);
        }
        long t0 = System.nanoTime();
        LOG.info("Compacting {}: {}", tdbDirectory, before.describe());
        try {
            DatasetGraphSwitchable database = container(tdb);
            // Jena switches generations under the transactions of the moment: one begun on the
            // old generation and ended through the container after the switch is never ended
            // on it, and the compaction then waits for it forever in its last step, holding
            // Jena's JVM-wide compaction lock. So no transaction may run through the switch:
            // the container's exclusive mode lets the running ones finish first and holds new
            // ones at their start until the compaction is done. Readers wait; none fails.
            database.startExclusiveMode();
            try {
                DatabaseMgr.compact(database, true);
            } finally {
                database.finishExclusiveMode();
            }
            StoreSize after = size();
            compacted.write(after);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            LOG.info("Compacted {} in {} ms: {}", tdbDirectory, took.toMillis(), after.describe());
            return new CompactionReport(Status.COMPACTED, before, Optional.of(after), took, "");
        } catch (RuntimeException e) {
            LOG.error("Compaction of {} failed; the store is as it was: {}", tdbDirectory, e.toString(), e);
            return new CompactionReport(Status.FAILED, before, Optional.empty(),
                    Duration.ofNanos(System.nanoTime() - t0), e.toString());
        }
    }

    /** The TDB2 database under the layers a server puts over it (GeoSPARQL, text). */
    private static DatasetGraphSwitchable container(DatasetGraph dsg) {
        DatasetGraph current = dsg;
        while (!(current instanceof DatasetGraphSwitchable)) {
            if (!(current instanceof DatasetGraphWrapper wrapper)) {
                throw new IllegalStateException("not a TDB2 database on disk");
            }
            current = wrapper.getWrapped();
        }
        return (DatasetGraphSwitchable) current;
    }

    /**
     * Lets a compaction under way finish for at most {@code wait}, then stops the thread. One
     * still running then is abandoned when the store closes: TDB2 removes its half-made copy
     * at the next opening, and the old generation stays the store.
     */
    public void close(Duration wait) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Compaction of {} still running at close: abandoned, the store keeps its older generation", tdbDirectory);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }

    @Override
    public void close() {
        close(Duration.ofMinutes(1));
    }
}
