package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One speaker saying two things under one cue: "X said that A and that B" gives two claims by
 * the same speaker, and so does "X said that “A” and that B", where the first content is a
 * quotation that ends before the second "that". Only a repeated "that" splits; "said A and B"
 * is one statement.
 */
final class CoordinatedClaims {
    private final ClaimContent content;

    CoordinatedClaims(ClaimContent content) {
        this.content = content;
    }

    List<ClaimDraft> split(List<ClaimDraft> found) {
        List<ClaimDraft> out = new ArrayList<>();
        for (ClaimDraft c : found) {
            ClaimDraft rest = c;
            out.add(c);
            if (c.kind != ClaimDraft.Kind.AFTER)
                continue;
            SentenceView s = c.sentence;
            for (int k = s.indexAt(c.textBegin) + 1; s.valid(k + 1) && s.begin(k) < rest.textEnd; k++) {
                if (!secondThat(s, k) || s.begin(k) <= rest.textBegin)
                    continue;
                ClaimDraft next = rest.continuedAt(s.begin(k + 2));
                rest.textEnd = ClaimNesting.trimEnd(rest, s.begin(k));
                out.add(next);
                rest = next;
            }
            afterQuotation(rest).ifPresent(out::add);
        }
        return out;
    }

    /**
     * "said that “A” and that B": the first content stops at the quotation's closing mark, so the
     * second clause lies after it; it runs to the end of the sentence, as a that-clause does.
     */
    private Optional<ClaimDraft> afterQuotation(ClaimDraft c) {
        SentenceView s = c.sentence;
        int k = s.indexAt(c.textEnd);
        while (s.valid(k) && s.end(k) <= c.textEnd)
            k++;
        boolean closed = false;
        while (s.valid(k) && (s.isQuoteMark(k) || s.isComma(k) || s.is(k, ".") && s.isQuoteMark(k + 1))) {
            closed |= s.isQuoteMark(k);
            k++;
        }
        if (!closed || !secondThat(s, k))
            return Optional.empty();
        int[] span = content.span(s, k + 2, s.size());
        if (span[1] <= span[0])
            return Optional.empty();
        ClaimDraft next = c.continuedAt(span[0]);
        next.textEnd = span[1];
        next.direct = ClaimContent.direct(s.document, span[0], span[1]);
        next.evidenceEnd = Math.max(next.evidenceEnd, span[1]);
        return Optional.of(next);
    }

    private static boolean secondThat(SentenceView s, int k) {
        return s.is(k, "and", "but") && s.is(k + 1, "that") && !s.quoted(k) && s.valid(k + 2);
    }
}
