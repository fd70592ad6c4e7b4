package org.w3id.tigris.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one extraction run records about itself ({@code tg:ExtractionRun}): which software
 * and models produced the graphs, and when it started.
 *
 * @param runId           the last segment of the run's IRI
 * @param softwareVersion the Tigris version
 * @param pipelineFingerprint a digest of the extraction code and tables, see
 *                        {@code pipeline.PipelineFingerprint}: documents extracted by another
 *                        pipeline are extracted again
 * @param modelVersions   the models and data the extraction used, e.g. {@code opennlp-models-pos-en 1.3.0}
 * @param startedAt       when the run started
 */
public record RunInfo(String runId, String softwareVersion, String pipelineFingerprint, List<String> modelVersions,
                      Instant startedAt) {
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public RunInfo {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(pipelineFingerprint, "pipelineFingerprint");
        modelVersions = List.copyOf(modelVersions);
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** A run starting now, with an id made of the start time and a random suffix. */
    public static RunInfo startNow(String softwareVersion, String pipelineFingerprint, List<String> modelVersions) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new RunInfo(ID_TIME.format(now) + "-" + suffix, softwareVersion, pipelineFingerprint, modelVersions, now);
    }

    /** The version in the jar's manifest, or {@code dev} when running from classes. */
    public static String tigrisVersion() {
        String v = RunInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
