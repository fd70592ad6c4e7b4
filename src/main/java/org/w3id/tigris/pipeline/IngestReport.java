package org.w3id.tigris.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What a batch did.
 *
 * @param added     documents new to the sink
 * @param replaced  documents whose older version was replaced
 * @param unchanged documents the sink held already, in this version
 * @param problems  one line per file, line or document that was skipped (name: reason)
 * @param elapsed   wall-clock time of the batch
 */
public record IngestReport(int added, int replaced, int unchanged, List<String> problems, Duration elapsed) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    public int processed() {
        return added + replaced + unchanged;
    }

    public boolean changedAnything() {
        return added + replaced > 0;
    }

    public double documentsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : processed() / seconds;
    }

    public String summary() {
        int total = processed() + problems.size();
        return String.format("%d %s: %d added, %d replaced, %d unchanged, %d skipped in %.1f s (%.1f documents/s)",
                total, total == 1 ? "document" : "documents", added, replaced, unchanged, problems.size(),
                elapsed.toMillis() / 1000.0, documentsPerSecond());
    }
}
