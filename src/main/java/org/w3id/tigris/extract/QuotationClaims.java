package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.resolve.Entity;

/**
 * The claims of quotations no reporting cue of their own attributes: one opening a sentence
 * continues the speaker of the claim just before, one after a verb is its subject's words.
 */
final class QuotationClaims {
    private final SpeakerResolver speakers;
    private final boolean continueQuotes;
    private final boolean quoteSubjects;

    QuotationClaims(SpeakerResolver speakers, boolean continueQuotes, boolean quoteSubjects) {
        this.speakers = speakers;
        this.continueQuotes = continueQuotes;
        this.quoteSubjects = quoteSubjects;
    }

    /**
     * A quotation with no cue in its sentence: the speaker of the claim just before goes on
     * ("“…”, Borrell recalled. “I used to say …”"), or the sentence's subject speaks through it
     * ("He reportedly wanted to “bring the Americans into a fight …”").
     */
    Optional<ClaimDraft> claim(SentenceView s, List<ClaimDraft> earlier) {
        for (Quotation q : s.document.quotationsOpeningIn(s.sentence.begin(), s.sentence.end())) {
            if (q.words(s.document.text) < 4)
                continue;
            int open = s.indexAt(q.open());
            if (open == 0 && continueQuotes && !earlier.isEmpty()) {
                ClaimDraft previous = earlier.get(earlier.size() - 1);
                if (previous.claimant.isEmpty() || s.index - previous.sentence.index > 2)
                    return Optional.empty();
                ClaimDraft c = new ClaimDraft(s, ClaimDraft.Kind.QUOTE, previous.cue, previous.cueText, 0, 0);
                fill(c, q, previous.claimant, previous.named);
                return Optional.of(c);
            }
            if (open > 0 && quoteSubjects) {
                for (int v = open - 1; v >= 0; v--) {
                    if (!s.verbal(v) || !s.posIs(v, "VERB"))
                        continue;
                    SpeakerResolver.Speaker sp = speakers.resolve(s, Phrases.subjectRegion(s, v), earlier);
                    if (sp.entity().isEmpty() || sp.firstPerson())
                        return Optional.empty();
                    ClaimDraft c = new ClaimDraft(s, ClaimDraft.Kind.QUOTE, null, s.token(v).text(), v, v + 1);
                    fill(c, q, sp.entity(), sp.named());
                    c.evidenceBegin = Math.min(c.evidenceBegin, s.sentence.begin());
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void fill(ClaimDraft c, Quotation q, Optional<Entity> claimant, boolean named) {
        int[] span = ClaimContent.trim(c.sentence.document.text, q.begin(), q.end());
        c.textBegin = span[0];
        c.textEnd = span[1];
        c.claimant = claimant;
        c.named = named;
        c.direct = true;
        c.evidenceBegin = q.open();
        c.evidenceEnd = q.close();
        c.speakerBegin = q.open();
    }
}
