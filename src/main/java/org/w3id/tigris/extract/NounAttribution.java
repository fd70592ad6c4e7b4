package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.resolve.Entity;

/**
 * Claims attributed by a phrase rather than a reporting verb: "according to X, …" and
 * "…, according to X"; a reporting noun with its speaker as possessor ("the UK government's
 * claims that …") or by-phrase ("the announcement by X on Friday that …", "claims circulated
 * by X that …").
 */
final class NounAttribution {
    /** How far after a reporting noun its "that" may stand: "the announcement by X on March 14 that". */
    private static final int MAX_GAP = 25;

    private final ClaimContent content;
    private final SpeakerResolver speakers;

    NounAttribution(ClaimContent content, SpeakerResolver speakers) {
        this.content = content;
        this.speakers = speakers;
    }

    /** "according to X, …" and "…, according to X". */
    Optional<ClaimDraft> according(SentenceView s, PhraseTable.Match<Cue> m, List<ClaimDraft> earlier) {
        int speakerEnd = SpeakerPhrases.endOfSpeaker(s, m.end());
        Phrases.Span region = new Phrases.Span(m.end(), speakerEnd);
        ClaimDraft c = new ClaimDraft(s, ClaimDraft.Kind.SOURCE, m.value(), s.text(m.start(), m.end()), m.start(), m.end());
        boolean leading = true;
        for (int k = 0; k < m.start(); k++)
            if (!s.posIs(k, "PUNCT"))
                leading = false;
        if (leading) {
            int comma = speakerEnd;
            while (s.valid(comma) && !s.isComma(comma))
                comma++;
            if (!s.valid(comma + 1))
                return Optional.empty();
            int[] span = content.span(s, comma + 1, s.size());
            c.textBegin = span[0];
            c.textEnd = span[1];
        } else {
            if (m.start() <= content.leadingCredit(s, m.start()))
                return Optional.empty();
            Optional<int[]> before = content.before(s, m.start());
            if (before.isEmpty())
                return Optional.empty();
            c.textBegin = before.get()[0];
            c.textEnd = before.get()[1];
        }
        SpeakerResolver.Speaker sp = speakers.resolve(s, region, earlier);
        c.claimant = sp.entity();
        c.named = sp.named();
        c.direct = ClaimContent.direct(s.document, c.textBegin, c.textEnd);
        c.evidenceBegin = Math.min(c.textBegin, c.cueBegin());
        c.evidenceEnd = Math.max(c.textEnd, s.end(Math.max(m.end(), speakerEnd) - 1));
        c.speakerBegin = c.cueBegin();
        return c.textEnd > c.textBegin ? Optional.of(c) : Optional.empty();
    }

    /**
     * "the UK government's claims that its forces did not kill …": the possessor claims;
     * "the announcement by X on March 14 that …", "the claims circulated by X that …": the
     * first actor named in the by-phrase claims.
     */
    Optional<ClaimDraft> nounCue(SentenceView s, PhraseTable.Match<Cue> m, List<ClaimDraft> earlier) {
        Optional<Entity> speaker;
        int that;
        int evidenceFrom;
        if (s.is(m.end(), "that")) {
            Phrases.NounPhrase np = Phrases.nounPhraseEndingAt(s, m.start());
            SpeakerResolver.Speaker sp = speakers.resolve(s, new Phrases.Span(np.span().from(), m.start()), earlier);
            speaker = sp.named() ? sp.entity() : Optional.empty();
            that = m.end();
            evidenceFrom = np.span().from();
        } else {
            int by = m.end();
            if (by < s.size() && s.lower(by).endsWith("ed")) // a cue may end a headline
                by++; // "claims circulated by", "the statement issued by"
            if (!s.is(by, "by"))
                return Optional.empty();
            that = thatAfter(s, by + 1);
            speaker = that < 0 ? Optional.empty() : firstActor(s, by + 1, that);
            evidenceFrom = m.start();
        }
        if (speaker.isEmpty())
            return Optional.empty();
        ClaimDraft c = new ClaimDraft(s, ClaimDraft.Kind.AFTER, m.value(), s.text(m.start(), m.end()), m.start(), m.end());
        int[] span = content.span(s, that + 1, s.size());
        c.textBegin = span[0];
        c.textEnd = span[1];
        c.claimant = speaker;
        c.named = true;
        c.direct = ClaimContent.direct(s.document, c.textBegin, c.textEnd);
        c.evidenceBegin = s.begin(evidenceFrom);
        c.evidenceEnd = c.textEnd;
        c.speakerBegin = c.evidenceBegin;
        return c.textEnd > c.textBegin ? Optional.of(c) : Optional.empty();
    }

    /**
     * The "that" opening the content after a by-phrase, past dates and further by-phrases, or
     * -1: a "that" followed by a verb opens a relative clause ("the strike that killed").
     */
    private static int thatAfter(SentenceView s, int from) {
        for (int k = from; k < Math.min(s.size() - 1, from + MAX_GAP); k++) {
            if (s.isComma(k) || s.isClauseBreak(k))
                return -1;
            if (s.is(k, "that"))
                return s.posIs(k + 1, "VERB", "AUX") ? -1 : k;
        }
        return -1;
    }

    private static Optional<Entity> firstActor(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++)
            if (s.mention(k) != null && s.mention(k).entity().type().isActor())
                return Optional.of(s.mention(k).entity());
        return Optional.empty();
    }
}
