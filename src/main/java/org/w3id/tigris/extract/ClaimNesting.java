package org.w3id.tigris.extract;

import java.util.List;

/**
 * The claims of one sentence set against each other: a claim whose content holds another
 * attribution gives way to it or is cut where it starts.
 */
final class ClaimNesting {
    private ClaimNesting() {
    }

    /**
     * Claims whose content holds another attribution: "…, X reported" around "Y announced …"
     * gives way to the inner claim; "X announced that … after Y announced that …" is cut
     * where Y's words start; the same speaker repeating himself ("he said he had told …") is one claim.
     */
    static void resolveNesting(List<ClaimDraft> found) {
        // two claims each holding the other's cue: the one whose content follows its cue stands
        for (ClaimDraft a : found)
            for (ClaimDraft b : found)
                if (a != b && a.kind == ClaimDraft.Kind.AFTER && b.kind == ClaimDraft.Kind.BEFORE
                        && a.contentContains(b.cueBegin()) && b.contentContains(a.cueBegin()))
                    b.dropped = true;
        for (ClaimDraft outer : found) {
            for (ClaimDraft inner : found) {
                if (outer == inner || outer.dropped || inner.dropped || !outer.contentContains(inner.cueBegin()))
                    continue;
                boolean sameSpeaker = inner.claimant.isPresent() && inner.claimant.equals(outer.claimant);
                if (outer.kind == ClaimDraft.Kind.BEFORE || outer.kind == ClaimDraft.Kind.SOURCE) {
                    if (inner.claimant.isPresent()) {
                        outer.dropped = true;
                        if (inner.contentContains(outer.speakerBegin - 1))
                            inner.textEnd = Math.min(inner.textEnd, trimEnd(inner, outer.speakerBegin));
                    } else {
                        inner.dropped = true;
                    }
                } else if (sameSpeaker || inner.claimant.isEmpty()) {
                    inner.dropped = true;
                } else if (inner.speakerBegin > outer.textBegin) {
                    outer.textEnd = trimEnd(outer, inner.speakerBegin);
                }
            }
        }
    }

    static int trimEnd(ClaimDraft c, int at) {
        String text = c.sentence.document.text;
        int end = Math.min(at, c.textEnd);
        while (end > c.textBegin && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0))
            end--;
        // drop a dangling "after", "while", "and" that introduced the next speaker
        String head = text.substring(c.textBegin, end);
        String cut = head.replaceFirst("(?i)\\s+(after|before|while|when|as|and|but|because)$", "");
        return c.textBegin + cut.length();
    }
}
