package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A direct quotation of several sentences ("“The camp is now under our control. The soldiers
 * who surrendered will be treated well,” he said.") says one thing per sentence, as the same
 * speaker's sentences outside quotation marks do: one claim each, same speaker, same cue.
 */
final class QuoteSentences {
    private QuoteSentences() {
    }

    static List<ClaimDraft> split(List<ClaimDraft> claims) {
        List<ClaimDraft> out = new ArrayList<>();
        for (ClaimDraft c : claims) {
            if (!c.direct) {
                out.add(c);
                continue;
            }
            String text = c.sentence.document.text;
            List<ClaimDraft> pieces = new ArrayList<>();
            for (SentenceView s : c.sentence.article.sentences) {
                int begin = Math.max(c.textBegin, s.sentence.begin());
                int end = Math.min(c.textEnd, s.sentence.end());
                if (begin >= end)
                    continue;
                int[] span = ClaimContent.trim(text, begin, end);
                if (span[0] >= span[1])
                    continue;
                ClaimDraft piece = c.continuedAt(span[0]);
                piece.textEnd = span[1];
                pieces.add(piece);
            }
            if (pieces.size() < 2)
                out.add(c);
            else
                out.addAll(pieces);
        }
        return out;
    }
}
