package org.w3id.tigris.store;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a write of documents changes in the indexes, worked out inside its write transaction
 * and applied after the commit.
 *
 * @param textPut         text entries to write (idempotent: an entry is deleted by its uid first)
 * @param textGone        text entries whose triple no graph holds any more
 * @param spatialChanged  true when a geometry came into the union of graphs or left it
 * @param graphs          the document graphs written or removed; none when nothing changed
 */
record IndexDelta(Set<Triple> textPut, Set<Triple> textGone, boolean spatialChanged, Set<Node> graphs) {
    static IndexDelta none() {
        return new IndexDelta(Set.of(), Set.of(), false, Set.of());
    }

    boolean changesIndexes() {
        return !graphs.isEmpty();
    }
}
