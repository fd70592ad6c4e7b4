package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A division's own government named with the division's name: "Government of Sonora", "the
 * Sindh government", "Balochistan's provincial government", "the Bandarban district
 * administration". The institution tables build a country's government; a division's is a body
 * of its own (a GovernmentBody no table lists), and the name is that body's, not the place's.
 */
final class RegionalGovernments {
    /** The level of government a word before "government" names. */
    private static final Set<String> LEVELS = Set.of("state", "regional", "provincial", "regency", "district",
            "county", "municipal", "departmental");
    private static final Set<String> BODIES = Set.of("government", "administration");

    void apply(Candidates candidates) {
        for (Candidate c : candidates.inOrder()) {
            if (c.type() != EntityType.REGION && c.type() != EntityType.CITY) {
                continue;
            }
            List<Word> words = candidates.sentences().get(c.sentence()).words();
            int from = c.from();
            int to = c.to();
            if (c.type() == EntityType.REGION && from >= 2 && words.get(from - 1).lower().equals("of")
                    && BODIES.contains(words.get(from - 2).lower()) && spaced(words, from - 1, from + 1)
                    && !candidates.covered(c.sentence(), from - 2)) {
                from -= 2; // "Government of Sonora"
            } else {
                int j = to;
                boolean level = j < words.size() && LEVELS.contains(words.get(j).lower()) && joined(words.get(j), j == to);
                if (level) {
                    j++;
                }
                if (j < words.size() && BODIES.contains(words.get(j).lower()) && joined(words.get(j), j == to)
                        && (level || c.type() == EntityType.REGION) && (j + 1 == words.size() || !words.get(j + 1)
                        .isCapitalized() || words.get(j + 1).gapBefore() != Word.Gap.SPACE)) {
                    to = j + 1; // "the Sindh government", "Afar's regional government"
                }
            }
            if (from == c.from() && to == c.to()) {
                continue;
            }
            candidates.replace(new Candidate(c.sentence(), from, to, words.get(from).begin(), words.get(to - 1).end(),
                    EntityType.GOVERNMENT_BODY, ProperNounLayer.LAYER, Optional.empty()));
        }
    }

    private static boolean spaced(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).gapBefore() != Word.Gap.SPACE) {
                return false;
            }
        }
        return true;
    }

    /** A word after the name, by a space or, right after it, by a possessive ("Afar's"). */
    private static boolean joined(Word w, boolean first) {
        return w.gapBefore() == Word.Gap.SPACE || first && w.gapBefore() == Word.Gap.POSSESSIVE;
    }
}
