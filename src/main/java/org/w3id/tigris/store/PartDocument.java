package org.w3id.tigris.store;

import java.util.Objects;

/**
 * A document as a load finds it in its N-Quads parts.
 *
 * @param graph               its graph's IRI (the document's IRI)
 * @param sourceName          its {@code tg:sourceName}
 * @param contentHash         its {@code tg:contentHash}
 * @param pipelineFingerprint the fingerprint of the run that extracted it
 * @param part                the index of the part that holds it
 */
record PartDocument(String graph, String sourceName, String contentHash, String pipelineFingerprint, int part) {
    PartDocument {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(pipelineFingerprint, "pipelineFingerprint");
    }
}
