package org.w3id.tigris.rdf;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One document's named graph, ready to be stored.
 *
 * @param name        the graph's name, which is also the document's IRI
 * @param sourceName  the document's {@code tg:sourceName}, its identity in the store
 * @param contentHash the {@code tg:contentHash} of its text
 * @param pipelineFingerprint the {@code tg:pipelineFingerprint} of the run that extracted it
 * @param graph       the triples
 */
public record DocumentGraph(String name, String sourceName, String contentHash, String pipelineFingerprint,
                            Graph graph) {
    public DocumentGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(pipelineFingerprint, "pipelineFingerprint");
        Objects.requireNonNull(graph, "graph");
    }
}
