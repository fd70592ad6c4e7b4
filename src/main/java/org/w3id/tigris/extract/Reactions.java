package org.w3id.tigris.extract;

import java.util.Set;

/**
 * A condemnation of an event by its bare name ("condemned the attack", "condemned the killing of
 * the prisoners"): a reaction that adds no word of the speaker's own, which the far sets' gold,
 * written by annotators who never saw the code, leaves out of the claims. A condemnation that
 * says something of the event stays a claim: "condemned the strike as “a war crime”",
 * "condemned what it called a massacre", "condemned the “cowardly” attack".
 */
final class Reactions {
    private static final Set<String> CONDEMNATIONS = Set.of("condemn", "denounce", "decry", "deplore");
    /** how far into the object its event noun may stand: "the attack", "the deadly drone attack" */
    private static final int HEAD_WINDOW = 4;

    private final Lexicon lexicon;

    Reactions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Whether the cue condemns a definite event noun phrase, its content (up to offset
     * {@code end}) holding no words of its own.
     */
    boolean bare(SentenceView s, PhraseTable.Match<Cue> m, int end) {
        if (!CONDEMNATIONS.contains(m.value().phrase()))
            return false;
        int k = m.end();
        while (s.valid(k) && s.posIs(k, "ADV"))
            k++; // "strongly condemned", "condemned outright"
        if (!s.is(k, "the", "this", "these", "those"))
            return false;
        boolean event = false;
        for (int j = k + 1; j <= k + HEAD_WINDOW && s.valid(j) && !event; j++)
            event = s.nominal(j) && lexicon.triggers.matchAt(s.tokens, j).isPresent();
        if (!event)
            return false;
        for (int j = k; s.valid(j) && s.begin(j) < end; j++)
            if (s.isQuoteMark(j) || s.is(j, "as", "what", "calling", "describing"))
                return false;
        return true;
    }
}
