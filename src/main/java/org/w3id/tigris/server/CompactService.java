package org.w3id.tigris.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.w3id.tigris.store.CompactionReport;
import org.w3id.tigris.store.StoreCompactor;

/**
 * {@code POST /kg/compact}: compacts the served store's TDB2 files now, for the admin user
 * only. The compaction runs on the store's compactor thread (queries asked meanwhile wait for
 * it); the request answers at once ({@code 202}, {@code "status": "STARTED"} or {@code "ALREADY_RUNNING"}),
 * or with {@code ?wait=SECONDS} after the compaction ended or that time passed, with the
 * sizes before and after: {@code "summary"} names quads, bytes and bytes per quad.
 */
final class CompactService extends PostOnlyService {
    static final Operation OPERATION = Operation.alloc("https://w3id.org/tigris/ontology#compactService",
            "tigris-compact", "Tigris store compaction");
    static final int MAX_WAIT_SECONDS = 3600;

    private final StoreCompactor compactor;

    CompactService(StoreCompactor compactor) {
        super("POST to compact the store");
        this.compactor = compactor;
    }

    @Override
    public void execute(HttpAction action) {
        int wait = waitSeconds(action.getRequestParameter("wait"));
        CompactionReport report = wait == 0 ? compactor.start() : compactor.compact(Duration.ofSeconds(wait));
        ObjectNode body = body()
                .put("status", report.status().name())
                .put("summary", report.describe());
        try {
            answer(action, switch (report.status()) {
                case COMPACTED, NOT_DUE -> 200;
                case FAILED -> 500;
                default -> 202;
            }, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitSeconds(String given) {
        if (given == null || given.isBlank()) {
            return 0;
        }
        try {
            int seconds = Integer.parseInt(given.strip());
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        ServletOps.errorBadRequest("wait must be a number of seconds from 0 to " + MAX_WAIT_SECONDS);
        return 0;
    }
}
