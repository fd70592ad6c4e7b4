package org.w3id.tigris.recognize;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A mention found by a layer, before the mentions of the document are final: words
 * {@code [from, to)} of sentence {@code sentence}. {@code confidence} is the name typer's
 * probability of {@code type}, when the typer chose it.
 */
record Candidate(int sentence, int from, int to, int begin, int end, EntityType type, String layer,
                 Optional<String> key, OptionalDouble confidence) {

    Candidate(int sentence, int from, int to, int begin, int end, EntityType type, String layer, Optional<String> key) {
        this(sentence, from, to, begin, end, type, layer, key, OptionalDouble.empty());
    }

    Candidate withKey(String newKey, EntityType newType) {
        return new Candidate(sentence, from, to, begin, end, newType, layer, Optional.of(newKey),
                newType == type ? confidence : OptionalDouble.empty());
    }

    /** A place's name read as the actor it stands for ("Tehran denied"): its own layer, so the name is not taken for the actor's. */
    Candidate asMetonym(String actorKey, EntityType actorType) {
        return new Candidate(sentence, from, to, begin, end, actorType, Mention.METONYM_LAYER, Optional.of(actorKey));
    }

    boolean isBareInstitution() {
        return key.isPresent() && key.get().startsWith(Gazetteers.INSTITUTION_PREFIX);
    }
}
