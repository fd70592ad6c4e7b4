package org.w3id.tigris.extract;

/**
 * Whether a reporting cue is used as a verb here, beyond what {@link SentenceView#verbal} reads
 * from the tags: a participle continuing a clause, a sentence-final report the tagger took for a
 * noun, a bare form with its clause after it that the tagger's "noun after a name" reading
 * would miss ("Doctors at Kilembe Hospital say they …"), a count set at a number ("the Red
 * Crescent put the toll at …").
 */
final class CueVerbs {
    private CueVerbs() {
    }

    static boolean verbal(SentenceView s, PhraseTable.Match<Cue> m) {
        int k = m.start();
        return s.verbal(k) || participleAfterComma(s, k) || closingReport(s, k) || bareBeforeClause(s, m)
                || m.value().has(Cue.Frame.ESTIMATE) && Estimates.counted(s, m.end());
    }

    /** "… say they have …", "… say that …": a bare reporting verb whose clause opens with a subject pronoun or "that". */
    private static boolean bareBeforeClause(SentenceView s, PhraseTable.Match<Cue> m) {
        int k = m.start();
        return m.value().has(Cue.Frame.CLAUSE) && s.posIs(k, "VERB") && s.lower(k).equals(s.lemma(k))
                && (s.mention(k - 1) != null || s.posIs(k - 1, "PROPN"))
                && (s.is(m.end(), "they", "he", "she", "it", "we") || s.is(m.end(), "that") && !s.posIs(m.end(), "DET"));
    }

    /** ", adding that …", ", warning of …", "while also noting …": a participle continuing the clause's speaker. */
    static boolean participleAfterComma(SentenceView s, int k) {
        return s.lower(k).endsWith("ing") && s.posIs(k, "VERB", "NOUN")
                && (s.isComma(k - 1) || s.is(k - 1, "also", "while", "and") || k == 0);
    }

    /** "…,” the British news outlet reports.": a sentence-final report the tagger took for a plural noun. */
    static boolean closingReport(SentenceView s, int k) {
        return s.posIs(k, "NOUN") && s.lower(k).endsWith("s") && (s.posIs(k - 1, "NOUN", "PROPN") || s.mention(k - 1) != null)
                && (!s.valid(k + 1) || s.is(k + 1, ".", ",", ":", "that"));
    }
}
