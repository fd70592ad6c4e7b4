package org.w3id.tigris.web;

import java.time.Duration;

/**
 * Bounds on the pages, descriptions and dumps (see {@link PageGate}).
 *
 * @param concurrent how many are built at once
 * @param maxWait    how long one waits for a turn before it is turned away
 * @param page       how long a page or description may take
 * @param bulk       how long a dump or a table download may take
 */
public record PageLimits(int concurrent, Duration maxWait, Duration page, Duration bulk) {
    public PageLimits {
        if (concurrent < 1 || maxWait.isNegative() || page.isNegative() || bulk.isNegative()) {
            throw new IllegalArgumentException("page limits must be positive");
        }
    }

    /** Two per core, five seconds' wait, 30 s a page, five minutes a download. */
    public static PageLimits forThisMachine() {
        return new PageLimits(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(5),
                Duration.ofSeconds(30), Duration.ofMinutes(5));
    }
}
