package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.tigris.extract.Phrases.NounPhrase;

/**
 * The prepositional phrases that follow a word within its clause, each with the preposition it
 * hangs from when chained ("strikes on the suburbs of Beirut"). A compass word before "of"
 * ("north of Anefis") opens a place phrase, read as "near"; "blamed on X", "attributed to X" name
 * who did it, read as "by"; "carried out", "located" and the like are passed over.
 */
final class PrepPhrases {
    private PrepPhrases() {
    }

    /** A prepositional phrase after a word: its preposition, and the one it hangs from when chained. */
    record PrepPhrase(String preposition, NounPhrase object, String parent) {
    }

    /** Whether token {@code j} is a compass word that opens "north of X", not part of a name. */
    static boolean compassOf(SentenceView s, int j) {
        return s.is(j, "south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest",
                "south-east", "south-west", "north-east", "north-west") && s.is(j + 1, "of") && s.mention(j) == null;
    }

    /** Whether token {@code j} is "blamed" before "on" or "attributed" before "to": what follows did it. */
    static boolean blamedOn(SentenceView s, int j) {
        return s.is(j, "blamed") && s.is(j + 1, "on") || s.is(j, "attributed") && s.is(j + 1, "to");
    }

    /**
     * Whether token {@code j} is a participle that only carries a phrase on to what it says of
     * the word before: "carried out", "conducted", "launched" after an event, "located" after a site.
     */
    static boolean leadsOn(SentenceView s, int j) {
        return j > 0 && s.nominal(j - 1) && (s.is(j, "carried") && s.is(j + 1, "out")
                || s.is(j, "conducted", "launched", "perpetrated", "committed", "staged", "located", "situated"));
    }

    /**
     * The prepositional phrases that follow token {@code i} within its clause: "strikes on the
     * suburbs of Beirut" gives (on, the suburbs) and (of, Beirut, hanging from on).
     */
    static List<PrepPhrase> after(SentenceView s, int i, int maxTokens) {
        List<PrepPhrase> out = new ArrayList<>();
        int j = i + 1;
        int limit = Math.min(s.size(), i + 1 + maxTokens);
        String parent = null;
        while (j < limit) {
            if (compassOf(s, j) && s.nominal(j + 2)) {
                NounPhrase np = Phrases.nounPhraseFrom(s, j + 2, limit);
                out.add(new PrepPhrase("near", np, null));
                parent = "near";
                j = np.span().to();
                continue;
            }
            if (blamedOn(s, j)) {
                j++; // "an attack blamed on X": the participle leads to who did it
                continue;
            }
            if (leadsOn(s, j)) {
                // "the attack carried out on Sunday against X by Y", "a position located near X"
                j += s.is(j + 1, "out") ? 2 : 1;
                continue;
            }
            boolean prep = s.posIs(j, "ADP", "SCONJ") && s.mention(j) == null && !s.is(j, "that", "as", "because", "if")
                    || s.is(j, "targeting", "against", "near", "inside", "outside", "across");
            if (prep) {
                String p = s.lower(j);
                int k = j + 1;
                if (!s.valid(k) || !s.nominal(k)) {
                    // "at least 36", "in response to": no noun phrase to take
                    j = k;
                    continue;
                }
                NounPhrase np = Phrases.nounPhraseFrom(s, k, limit);
                if (blamedOn(s, j - 1))
                    p = "by";
                out.add(new PrepPhrase(p, np, p.equals("of") ? parent : null));
                if (!p.equals("of"))
                    parent = p;
                j = np.span().to();
                continue;
            }
            if (s.nominal(j) || s.posIs(j, "ADV") && !s.is(j, "also") || s.is(j, "and") && s.nominal(j + 1)) {
                j++;
                continue;
            }
            if (s.is(j, "(")) {
                int close = j + 1;
                while (close < Math.min(limit, j + 6) && !s.is(close, ")"))
                    close++;
                if (s.is(close, ")")) {
                    j = close + 1; // "the Kurdistan Workers' Party (PKK) in northern Iraq"
                    continue;
                }
            }
            if (s.posIs(j, "ADJ") || s.is(j, "-")) {
                j++;
                continue;
            }
            break;
        }
        return out;
    }
}
