package org.w3id.tigris.resolve;

import org.w3id.tigris.recognize.Mention;

/** A mention bound to the canonical entity it names. */
public record ResolvedMention(Mention mention, Entity entity) {
}
