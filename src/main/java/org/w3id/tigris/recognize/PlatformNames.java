package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Optional;

/**
 * The social platform X, named by one letter: too short for the gazetteer's matching, which
 * would find it in "Malcolm X" and "Option X". It is the platform where the text says a post
 * stands "on X" ("wrote on X that", "said in a post on X, ..."): "on" before it, and after it
 * the sentence's end, punctuation or a lower-case word, never a hyphen ("X-ray") or another
 * capitalised word ("on X Street").
 */
final class PlatformNames {
    static final String LAYER = "platform";
    /** The actor table's id of the platform X (formerly Twitter). */
    private static final String X_KEY = "twitter";

    private final boolean known;

    PlatformNames(Gazetteers gazetteers) {
        this.known = gazetteers.entry(X_KEY).isPresent();
    }

    void apply(Candidates candidates) {
        if (!known) {
            return;
        }
        for (ScannedSentence s : candidates.sentences()) {
            if (s.titleCase()) {
                continue; // a headline capitalises every word: "Talks on X Rules"
            }
            List<Word> words = s.words();
            for (int i = 1; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.surface().equals("X") || !words.get(i - 1).lower().equals("on")
                        || w.gapBefore() != Word.Gap.SPACE || candidates.covered(s.index(), i)) {
                    continue;
                }
                if (i + 1 < words.size()) {
                    Word next = words.get(i + 1);
                    if (next.gapBefore() == Word.Gap.HYPHEN || next.gapBefore() == Word.Gap.JOINED
                            || next.gapBefore() == Word.Gap.SPACE && next.isCapitalized()) {
                        continue;
                    }
                }
                candidates.add(new Candidate(s.index(), i, i + 1, w.begin(), w.end(), EntityType.ORGANIZATION, LAYER,
                        Optional.of(X_KEY)));
            }
        }
    }
}
