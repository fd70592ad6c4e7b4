package org.w3id.tigris.server;

import java.nio.file.Path;
import java.util.List;
import org.w3id.tigris.pipeline.BatchIngest;
import org.w3id.tigris.pipeline.DocumentSink;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.pipeline.Pipeline;
import org.w3id.tigris.pipeline.PipelineFingerprint;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.store.LiveStore;
import org.w3id.tigris.store.StoreCompactor;

/**
 * Ingests files into the store a server is serving, with the command line's pipeline and
 * batch (same reader, same extraction, same "unchanged is skipped"), the documents of a request
 * written whole by {@link LiveStore}, in one transaction when they are at most {@code groupSize}.
 * The pipeline's models load on first use, or ahead with {@link #warm()}.
 * <p>
 * Every write grows TDB2's files. When the server was started to compact by itself, its
 * compactor is asked after a request that changed the store to compact when that pays. It
 * works on a thread of its own: the request that triggered it answers at once; queries and
 * ingests arriving during the compaction wait for it (see {@link StoreCompactor}) and then go on.
 */
final class LiveIngest implements AutoCloseable {
    static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(30);
    /** How long after an ingest its clusters' update starts, taking in the ingests of that moment. */
    static final java.time.Duration CLUSTER_DELAY = java.time.Duration.ofMillis(200);

    private final LiveStore store;
    private final StoreCompactor compactor;
    private final boolean compactAfterIngest;
    private final int threads;
    private final int groupSize;
    private final ClusterCatchUp clusters;
    private Pipeline pipeline; // loaded once

    /** {@code groupSize}: the documents of one request committed together, at most (see {@link DocumentSink#groupedInto}). */
    LiveIngest(LiveStore store, StoreCompactor compactor, boolean compactAfterIngest, int threads, int groupSize) {
        this.store = store;
        this.compactor = compactor;
        this.compactAfterIngest = compactAfterIngest;
        this.threads = threads;
        this.groupSize = groupSize;
        this.clusters = new ClusterCatchUp(store, CLUSTER_DELAY);
    }

    LiveStore store() {
        return store;
    }

    StoreCompactor compactor() {
        return compactor;
    }

    synchronized Pipeline warm() {
        if (pipeline == null) {
            pipeline = Pipeline.create().build();
        }
        return pipeline;
    }

    /** Ingests files and directories, named as {@code tigris ingest} names them; problems in the report. */
    IngestReport ingest(List<Path> paths) {
        Pipeline extractor = warm();
        RunInfo run = RunInfo.startNow(RunInfo.tigrisVersion(), PipelineFingerprint.current(), extractor.modelVersions());
        IngestReport report = null;
        try {
            // the documents are stored and indexed when this returns; their clusters follow shortly
            report = batch(extractor, run).run(paths);
            return report;
        } finally {
            store.settle();
            if (store.owesClusters()) {
                clusters.requested();
            }
            if (compactAfterIngest && report != null && report.changedAnything()) {
                compactor.startIfDue();
            }
        }
    }

    /** Lets a compaction under way finish for a while, then leaves it (nothing is lost either way). */
    @Override
    public void close() {
        clusters.close();
        compactor.close(CLOSE_WAIT);
    }

    private BatchIngest batch(Pipeline extractor, RunInfo run) {
        return BatchIngest.builder()
                .extractor(extractor)
                .graphs(new DocumentGraphBuilder(store.iriScheme(), run))
                .sink(DocumentSink.groupedInto(store, groupSize))
                .threads(threads)
                .problemLog(line -> { }) // the report carries each problem to the caller
                .build();
    }
}
