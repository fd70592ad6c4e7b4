package org.w3id.tigris.recognize;

import java.util.Optional;

/**
 * A mention found by a layer, before the mentions of the document are final: words
 * {@code [from, to)} of sentence {@code sentence}.
 */
record Candidate(int sentence, int from, int to, int begin, int end, EntityType type, String layer,
                 Optional<String> key) {

    Candidate withKey(String newKey, EntityType newType) {
        return new Candidate(sentence, from, to, begin, end, newType, layer, Optional.of(newKey));
    }

    boolean isBareInstitution() {
        return key.isPresent() && key.get().startsWith(Gazetteers.INSTITUTION_PREFIX);
    }
}
