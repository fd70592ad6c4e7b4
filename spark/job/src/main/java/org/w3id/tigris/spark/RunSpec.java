package org.w3id.tigris.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.w3id.tigris.pipeline.Pipeline;
import org.w3id.tigris.pipeline.PipelineFingerprint;
import org.w3id.tigris.rdf.RunInfo;

/**
 * The one extraction run a job records in every document graph, made once on the driver and
 * shipped to the executors (a {@link RunInfo} is not serializable).
 */
record RunSpec(String runId, String softwareVersion, String pipelineFingerprint, ArrayList<String> modelVersions,
               long startedAtEpochSecond) implements Serializable {

    /** A run starting now, described as {@code tigris extract} describes its own. */
    static RunSpec startNow(Pipeline pipeline) {
        RunInfo run = RunInfo.startNow(RunInfo.tigrisVersion(), PipelineFingerprint.current(), pipeline.modelVersions());
        return new RunSpec(run.runId(), run.softwareVersion(), run.pipelineFingerprint(),
                new ArrayList<>(run.modelVersions()), run.startedAt().getEpochSecond());
    }

    RunInfo toRunInfo() {
        return new RunInfo(runId, softwareVersion, pipelineFingerprint, List.copyOf(modelVersions),
                Instant.ofEpochSecond(startedAtEpochSecond));
    }
}
