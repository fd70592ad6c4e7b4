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

/**
 * Ingests files into the store a server is serving, with the command line's pipeline and
 * batch (same reader, same extraction, same "unchanged is skipped"), the documents of a request
 * written whole by {@link LiveStore}, in one transaction when they are at most {@code groupSize}. The pipeline's models load on first use, or ahead with {@link #warm()}.
 */
final class LiveIngest {
    private final LiveStore store;
    private final int threads;
    private final int groupSize;
    private Pipeline pipeline; // loaded once

    /** {@code groupSize}: the documents of one request committed together, at most (see {@link DocumentSink#groupedInto}). */
    LiveIngest(LiveStore store, int threads, int groupSize) {
        this.store = store;
        this.threads = threads;
        this.groupSize = groupSize;
    }

    LiveStore store() {
        return store;
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
        try {
            IngestReport report = batch(extractor, run).run(paths);
            if (report.changedAnything()) {
                store.refreshClusters();
            }
            return report;
        } finally {
            store.settle();
        }
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
