package org.w3id.tigris.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the job's manifest (JSON Lines): a document extracted, with its graph, content
 * hash and quad count; or a document, file or line that was skipped, with the reason; or a
 * warning about a document that was extracted anyway.
 *
 * @param status      {@code extracted}, {@code skipped} or {@code warning}
 * @param name        the source name ({@code tg:sourceName}), or the file when no document was read
 * @param graph       the document's graph IRI (extracted only)
 * @param contentHash the {@code tg:contentHash} of its text (extracted only)
 * @param quads       the number of quads written (extracted only)
 * @param message     why it was skipped, or the warning
 */
record ManifestEntry(String status, String name, Optional<String> graph, Optional<String> contentHash, long quads,
                     Optional<String> message) {
    static final String EXTRACTED = "extracted";
    static final String SKIPPED = "skipped";
    static final String WARNING = "warning";
    private static final ObjectMapper JSON = new ObjectMapper();

    ManifestEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(message, "message");
    }

    static ManifestEntry extracted(String name, String graph, String contentHash, long quads) {
        return new ManifestEntry(EXTRACTED, name, Optional.of(graph), Optional.of(contentHash), quads, Optional.empty());
    }

    static ManifestEntry skipped(String name, String reason) {
        return new ManifestEntry(SKIPPED, name, Optional.empty(), Optional.empty(), 0, Optional.of(reason));
    }

    static ManifestEntry warning(String name, String message) {
        return new ManifestEntry(WARNING, name, Optional.empty(), Optional.empty(), 0, Optional.of(message));
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode().put("status", status).put("name", name);
        graph.ifPresent(g -> node.put("graph", g));
        contentHash.ifPresent(h -> node.put("contentHash", h));
        if (status.equals(EXTRACTED)) {
            node.put("quads", quads);
        }
        message.ifPresent(m -> node.put("message", m));
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a manifest line for " + name, e);
        }
    }
}
