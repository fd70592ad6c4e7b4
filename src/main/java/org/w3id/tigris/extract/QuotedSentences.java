package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation of several sentences is one claim a sentence, each the quotation's speaker's:
 * "“The border stays open. Trade will go on as before,” Saleh said" states two things, and each
 * is found, dated and disputed on its own. The speaker named after the last sentence (or before
 * the colon that opens the first) speaks every one of them. A sentence too short to hold a
 * claim ("Thank you.") is dropped with the other short claims.
 */
final class QuotedSentences {
    private QuotedSentences() {
    }

    /** The claims with every quoted claim of several sentences split at its sentences' starts. */
    static List<ClaimDraft> split(List<ClaimDraft> claims) {
        List<ClaimDraft> out = new ArrayList<>(claims.size());
        for (ClaimDraft c : claims) {
            if (!c.direct) {
                out.add(c);
                continue;
            }
            String text = c.sentence.document.text;
            int begin = c.textBegin;
            for (int start : sentenceStarts(c)) {
                out.add(piece(c, text, begin, start));
                begin = start;
            }
            out.add(begin == c.textBegin ? c : piece(c, text, begin, c.textEnd));
        }
        return out;
    }

    /** Where the article's sentences start inside the claim's content, in order. */
    private static List<Integer> sentenceStarts(ClaimDraft c) {
        List<Integer> starts = new ArrayList<>();
        for (SentenceView s : c.sentence.article.sentences) {
            int start = s.sentence.begin();
            if (start > c.textBegin && start < c.textEnd)
                starts.add(start);
        }
        return starts;
    }

    private static ClaimDraft piece(ClaimDraft c, String text, int begin, int end) {
        int[] span = ClaimContent.trim(text, begin, end);
        ClaimDraft p = c.continuedAt(span[0]);
        p.textEnd = span[1];
        return p;
    }
}
