package org.w3id.tigris.extract;

/**
 * Where the phrase naming a speaker after its cue ends ("…,” said Maj. Gen. X, the army's
 * spokesman."), and the name set beside it at the sentence's end.
 */
final class SpeakerPhrases {
    private SpeakerPhrases() {
    }

    /** The end of the noun phrase naming a speaker after a cue, up to a comma or the sentence end. */
    static int endOfPhrase(SentenceView s, int from) {
        int k = from;
        while (s.valid(k) && !s.isComma(k) && !s.isClauseBreak(k) && !(s.is(k, ".") && !abbreviationPeriod(s, k)))
            k++;
        return k;
    }

    /**
     * The end of the phrase naming a speaker after a cue, with a name set beside it at the end of
     * the sentence: "said one of the protesters, Yadira Félix.", "according to the head of the
     * regional administration, Ivan Fedorov.".
     */
    static int endOfSpeaker(SentenceView s, int from) {
        int end = endOfPhrase(s, from);
        // "according to a local relief group, the Dooplaya Committee.": a body's name may take "the"
        int name = s.is(end + 1, "the") ? end + 2 : end + 1;
        if (!s.isComma(end) || s.mention(name) == null || !s.mention(name).entity().type().isActor())
            return end;
        int k = name;
        while (s.valid(k) && s.mention(k) == s.mention(name))
            k++;
        return !s.valid(k) || s.posIs(k, "PUNCT") && !s.isComma(k) && !s.valid(k + 1) ? k : end;
    }

    /** Past "Gen." and "Lt. Col.": the name after a rank; the phrase reader stops at their periods. */
    static int afterAbbreviatedTitles(SentenceView s, int from) {
        int k = from;
        while (s.valid(k + 2) && s.is(k + 1, ".") && abbreviationPeriod(s, k + 1))
            k += 2;
        return k;
    }

    /** The period of "Gen." or "Lt." inside a sentence: glued to a short capitalised word, more words after. */
    private static boolean abbreviationPeriod(SentenceView s, int k) {
        return k > 0 && s.valid(k + 1) && s.begin(k) == s.end(k - 1) && s.lower(k - 1).length() <= 4
                && Character.isUpperCase(s.text(k - 1, k).charAt(0));
    }
}
