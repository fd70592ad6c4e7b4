package org.w3id.tigris.resolve;

import java.util.List;
import java.util.Map;

/**
 * What resolution made of a document's mentions: each mention bound to its entity (in the
 * order the mentions were given), and the entities by id.
 */
public record Resolution(List<ResolvedMention> mentions, Map<String, Entity> entities) {
    public Resolution {
        mentions = List.copyOf(mentions);
        entities = Map.copyOf(entities);
    }
}
