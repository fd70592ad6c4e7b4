package org.w3id.tigris.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.query.QueryCancelledException;

/**
 * The time left to the request a thread is serving. A page is built from many queries; each
 * runs under the time the whole page has left, not a fresh timeout of its own, so a page is
 * bounded however many queries it makes. Shared by the {@link PageGate} that starts the clock
 * and the {@link GraphReader} and servlets that spend it; a thread outside any request has
 * no deadline.
 */
final class RequestDeadline {
    private final Clock clock;
    private final ThreadLocal<Instant> end = new ThreadLocal<>();

    RequestDeadline(Clock clock) {
        this.clock = clock;
    }

    void begin(Duration budget) {
        end.set(clock.instant().plus(budget));
    }

    void finish() {
        end.remove();
    }

    /**
     * The milliseconds left, at most {@code cap}.
     *
     * @throws QueryCancelledException when none are left
     */
    long remainingMillis(long cap) {
        Instant until = end.get();
        if (until == null) {
            return cap;
        }
        long left = Duration.between(clock.instant(), until).toMillis();
        if (left <= 0) {
            throw new QueryCancelledException();
        }
        return Math.min(cap, left);
    }

    /** @throws QueryCancelledException when the time is up */
    void check() {
        remainingMillis(1);
    }
}
