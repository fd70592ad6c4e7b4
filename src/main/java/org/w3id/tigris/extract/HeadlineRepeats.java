package org.w3id.tigris.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A headline stance that its lede states again by the same speaker is one claim: the lede's,
 * which holds the fuller wording and the date.
 */
final class HeadlineRepeats {
    private HeadlineRepeats() {
    }

    /**
     * Drops a headline's stance ("X condemns …") unless {@code headlineStances}, and a headline claim its
     * lede states again by the same speaker.
     */
    static void drop(List<ClaimDraft> claims, boolean headlineStances) {
        for (ClaimDraft h : claims) {
            if (!h.sentence.headline)
                continue;
            if (!headlineStances && h.kind == ClaimDraft.Kind.AFTER && stanceCue(h)) {
                h.dropped = true;
                continue;
            }
            for (ClaimDraft l : claims)
                if (l.sentence.lede && l.claimant.isPresent() && l.claimant.equals(h.claimant) && sameContent(h, l))
                    h.dropped = true;
        }
        claims.removeIf(c -> c.dropped);
    }

    /** Whether most of a headline claim's words come back in another claim. */
    private static boolean sameContent(ClaimDraft headline, ClaimDraft other) {
        String text = headline.sentence.document.text;
        Set<String> a = new HashSet<>(List.of(DocumentView.norm(text.substring(headline.textBegin, headline.textEnd)).split(" ")));
        Set<String> b = new HashSet<>(List.of(DocumentView.norm(text.substring(other.textBegin, other.textEnd)).split(" ")));
        long shared = a.stream().filter(b::contains).count();
        return shared >= 0.3 * a.size();
    }

    private static boolean stanceCue(ClaimDraft c) {
        return c.cue != null && c.cue.has(Cue.Frame.OBJECT) && !c.cue.has(Cue.Frame.CLAUSE);
    }
}
