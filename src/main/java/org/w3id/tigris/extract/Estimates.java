package org.w3id.tigris.extract;

import java.util.Set;

/**
 * A count set at a number: "put the death toll at nine", "gave the number of dead as eleven",
 * "put its own losses at four soldiers". A speaker's estimate is a claim of its own (another
 * source may give another number); the same verbs with any other object ("put pressure on",
 * "gave a speech") are not.
 */
final class Estimates {
    /** heads of the counted noun phrase */
    private static final Set<String> COUNTS = Set.of("toll", "figure", "number", "count", "loss", "losses",
            "casualties", "dead", "death", "deaths", "total");
    /** how far the word that sets the number ("at", "as") may stand from the object's start */
    private static final int WINDOW = 8;

    private Estimates() {
    }

    /** Whether the words from token {@code k} are a count set at a number: "the toll at 14", "the number of dead as eleven". */
    static boolean counted(SentenceView s, int k) {
        boolean count = false;
        for (int j = k; s.valid(j) && j < k + WINDOW; j++) {
            if (s.is(j, "at", "as"))
                return count && (s.posIs(j + 1, "NUM") || s.is(j + 1, "about", "around", "least", "more", "nearly",
                        "roughly", "some", "over", "between", "several", "dozens", "hundreds"));
            if (!s.nominal(j) && !s.is(j, "of") && !s.posIs(j, "VERB", "ADJ")) // "the number of displaced"
                return false;
            count |= COUNTS.contains(s.lower(j));
        }
        return false;
    }
}
