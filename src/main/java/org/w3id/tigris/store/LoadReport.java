package org.w3id.tigris.store;

import java.time.Duration;

/**
 * What a load of N-Quads parts did.
 *
 * @param added      documents new to the store
 * @param replaced   documents whose older version was replaced
 * @param unchanged  documents the store held already, in this version
 * @param superseded documents left out because a later part holds the same source name
 * @param quads      the quads read from the parts
 * @param loader     how the new documents were written: {@code xloader}, {@code tdbloader} or {@code none}
 * @param elapsed    wall-clock time, indexes included
 */
public record LoadReport(int added, int replaced, int unchanged, int superseded, long quads, String loader,
                         Duration elapsed) {
    public int documents() {
        return added + replaced + unchanged + superseded;
    }

    public String summary() {
        double seconds = elapsed.toMillis() / 1000.0;
        return String.format("%d documents: %d added, %d replaced, %d unchanged, %d superseded; %,d quads read;"
                        + " loader %s; %.1f s (%.1f documents/s)",
                documents(), added, replaced, unchanged, superseded, quads, loader, seconds,
                seconds > 0 ? documents() / seconds : 0);
    }
}
