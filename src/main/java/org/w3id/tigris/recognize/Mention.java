package org.w3id.tigris.recognize;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A span of text naming an actor or a place.
 *
 * @param begin        offset into the document text
 * @param end          end offset, exclusive
 * @param text         the surface form, exactly {@code documentText.substring(begin, end)}
 * @param type         the entity class
 * @param layer        which recognition layer found it: {@code gazetteer}, {@code geonames},
 *                     {@code propn}, {@code acronym}, {@code model}
 * @param gazetteerKey the id of the gazetteer entry it matched, when a gazetteer found it
 *                     (an actor slug such as {@code kataib-hezbollah}, or {@code geonames:ID})
 * @param confidence   the name typer's probability of {@code type}, when the typer chose it
 *                     (a name no gazetteer knows and no cue types)
 */
public record Mention(int begin, int end, String text, EntityType type, String layer,
                      Optional<String> gazetteerKey, OptionalDouble confidence) {
    /** The layer of a place's name read as the actor it stands for ("Tehran denied"). */
    public static final String METONYM_LAYER = "metonym";

    public Mention(int begin, int end, String text, EntityType type, String layer, Optional<String> gazetteerKey) {
        this(begin, end, text, type, layer, gazetteerKey, OptionalDouble.empty());
    }

    /** Whether the text names the entity itself, not a place standing for it. */
    public boolean namesItsEntity() {
        return !layer.equals(METONYM_LAYER);
    }
}
