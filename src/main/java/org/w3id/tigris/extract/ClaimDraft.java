package org.w3id.tigris.extract;

import java.util.Optional;
import org.w3id.tigris.resolve.Entity;

/** A claim while it is being built: attributed, trimmed against its neighbours, then frozen. */
final class ClaimDraft {
    /** Where the content stands relative to its cue. */
    enum Kind {
        /** "X said (that) …", "X denied …" */
        AFTER,
        /** "…, X said", "“…,” X said" */
        BEFORE,
        /** "according to X, …", "…, according to X" */
        SOURCE,
        /** a quotation with no cue of its own, continuing the speaker before it */
        QUOTE
    }

    final SentenceView sentence;
    final Kind kind;
    final Cue cue;
    final String cueText;
    /** token span of the cue */
    final int cueFrom;
    final int cueTo;
    Optional<Entity> claimant;
    boolean named;
    /** character offsets of the content */
    int textBegin;
    int textEnd;
    boolean direct;
    /** character offset where the attribution (speaker, cue, content) starts and ends */
    int evidenceBegin;
    int evidenceEnd;
    /** character offset where the speaker's words start (for trimming an enclosing claim) */
    int speakerBegin;
    boolean dropped;

    ClaimDraft(SentenceView sentence, Kind kind, Cue cue, String cueText, int cueFrom, int cueTo) {
        this.sentence = sentence;
        this.kind = kind;
        this.cue = cue;
        this.cueText = cueText;
        this.cueFrom = cueFrom;
        this.cueTo = cueTo;
        this.claimant = Optional.empty();
    }

    /** The same speaker's next statement under the same cue, its content starting at {@code begin}. */
    ClaimDraft continuedAt(int begin) {
        ClaimDraft next = new ClaimDraft(sentence, kind, cue, cueText, cueFrom, cueTo);
        next.claimant = claimant;
        next.named = named;
        next.textBegin = begin;
        next.textEnd = textEnd;
        next.direct = direct;
        next.evidenceBegin = evidenceBegin;
        next.evidenceEnd = evidenceEnd;
        next.speakerBegin = speakerBegin;
        return next;
    }

    int cueBegin() {
        return sentence.begin(cueFrom);
    }

    boolean contentContains(int offset) {
        return offset >= textBegin && offset < textEnd;
    }

    double confidence() {
        double c = cue == null ? 0.5 : cue.reliability();
        if (claimant.isEmpty())
            c *= 0.6;
        else if (!named)
            c *= 0.85;
        if (kind == Kind.QUOTE)
            c *= 0.7;
        return Math.round(Math.min(1.0, Math.max(0.05, c)) * 100) / 100.0;
    }

    @Override
    public String toString() {
        return kind + " " + claimant.map(Entity::id).orElse("?") + " {" + cueText + "} «"
                + sentence.document.text.substring(textBegin, textEnd) + "»";
    }
}
