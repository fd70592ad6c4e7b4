package org.w3id.tigris.pipeline;

import java.time.Duration;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a long batch's progress every few seconds: documents done, documents per second
 * and, when the total is known, the time left. Thread-safe.
 */
final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.tigris.ingest");

    private final OptionalInt total;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastReport = start;
    private int done;

    Progress(OptionalInt total, Duration interval) {
        this.total = total;
        this.intervalNanos = interval.toNanos();
    }

    synchronized void documentDone() {
        done++;
        long now = System.nanoTime();
        if (now - lastReport >= intervalNanos) {
            lastReport = now;
            LOG.info(line(now));
        }
    }

    private String line(long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder("ingest: ").append(done);
        total.ifPresent(t -> sb.append(" of ").append(t));
        sb.append(String.format(" documents, %.1f documents/s", rate));
        if (total.isPresent() && rate > 0 && total.getAsInt() > done) {
            long left = Math.round((total.getAsInt() - done) / rate);
            sb.append(", ETA ").append(format(Duration.ofSeconds(left)));
        }
        return sb.toString();
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
