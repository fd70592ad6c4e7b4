package org.w3id.tigris.extract;

import java.util.Optional;

/**
 * One row of the trigger table: a word that states an event of a PLOVER type.
 *
 * @param phrase      the lemma or lemma phrase
 * @param use         whether it triggers as a verb, a noun or both
 * @param type        the event type it states
 * @param mode        the mode the word itself implies ("airstrike")
 * @param reliability how often it really states such an event, 0..1
 */
record Trigger(String phrase, Use use, EventType type, Optional<String> mode, double reliability) {
    enum Use {
        VERB, NOUN, ANY;

        boolean allows(boolean verbal) {
            return this == ANY || (this == VERB) == verbal;
        }
    }

    /** Low-reliability words count only when they find an agent or a target. */
    boolean needsParticipant() {
        return reliability < 0.5;
    }
}
