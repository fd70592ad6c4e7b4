package org.w3id.tigris.extract;

import java.util.Set;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Nouns that name a kind of place ("district", "town", "camp"): after a place's name they still
 * leave the name as the place ("Beirut's Dahiye neighborhoods", "the town of X").
 */
final class PlaceNouns {
    private static final Set<String> NOUNS = Set.of("neighborhood", "neighbourhood",
            "suburb", "district", "area", "city", "town", "village", "province", "governorate", "region", "outskirts",
            "border", "camp", "base", "airbase", "countryside", "desert", "soil", "territory", "side", "coast", "valley",
            "municipality", "commune", "county", "locality", "hamlet", "settlement");

    private PlaceNouns() {}

    static boolean contains(String lemma) {
        return NOUNS.contains(lemma);
    }

    /** Whether a place mention heads its phrase: "in Baghdad", not "in a US air strike". */
    static boolean headsPlace(SentenceView s, Phrases.NounPhrase np, ResolvedMention m) {
        int last = np.last();
        while (last >= np.span().from() && (s.isQuoteMark(last) || s.posIs(last, "PUNCT")))
            last--;
        for (int k = last; k >= np.span().from(); k--) {
            if (s.mention(k) == m)
                return true;
            if (!(NOUNS.contains(s.lemma(k)) || s.posIs(k, "ADJ") || s.isPossessive(k)))
                return k != last ? false : s.mention(k) == m;
            if (k == last && !NOUNS.contains(s.lemma(k)) && !s.posIs(k, "ADJ"))
                return false;
        }
        return false;
    }

    /** "the town of X", "the municipality of X": the of-phrase after a place noun names the place. */
    static boolean ofPlace(SentenceView s, PrepPhrases.PrepPhrase pp) {
        int of = pp.object().span().from() - 1;
        return pp.preposition().equals("of") && s.valid(of - 1) && contains(s.lemma(of - 1));
    }

    static boolean isPlacePreposition(String p) {
        return switch (p) {
            case "in", "near", "at", "inside", "outside", "across", "around", "within" -> true;
            default -> false;
        };
    }
}
