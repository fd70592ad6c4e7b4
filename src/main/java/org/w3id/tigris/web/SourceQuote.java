package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A quotation from a source: the sentence around a span of a document, the span marked,
 * linked back to the place in the document page. What makes every fact checkable.
 */
final class SourceQuote {
    private final PageContext context;

    SourceQuote(PageContext context) {
        this.context = context;
    }

    /**
     * @param withContext also show the sentences before and after, dimmed
     * @param marks       what to mark; offsets into the whole document text
     */
    String render(String documentIri, int begin, int end, List<Highlight> marks, boolean withContext) {
        Optional<String> text = context.texts().of(documentIri);
        if (text.isEmpty() || begin < 0 || end > text.get().length() || begin > end) {
            return "<p class=\"muted\">(the source text is not in the store)</p>";
        }
        String source = text.get();
        TextWindow sentence = TextWindow.sentence(source, begin, end);
        StringBuilder out = new StringBuilder("<blockquote class=\"src\">");
        if (withContext) {
            TextWindow wide = sentence.withNeighbours(source);
            out.append("<span class=\"ctx\">").append(Html.escape(source.substring(wide.begin(), sentence.begin())))
                    .append("</span>");
            out.append(SpanMarkup.render(source, sentence.begin(), sentence.end(), marks));
            out.append("<span class=\"ctx\">").append(Html.escape(source.substring(sentence.end(), wide.end())))
                    .append("</span>");
        } else {
            out.append(SpanMarkup.render(source, sentence.begin(), sentence.end(), marks));
        }
        String here = context.links().href(documentIri) + "#char=" + begin + "," + end;
        out.append("</blockquote><p class=\"meta\">")
                .append(Html.link(here, context.labels().of(documentIri)))
                .append(" <span class=\"muted\">characters ").append(begin).append("–").append(end)
                .append("</span></p>");
        return out.toString();
    }

    /** Marks for a claim's evidence: the whole attribution, and its content inside it. */
    List<Highlight> claimMarks(String documentIri, int begin, int end, Optional<String> claimText) {
        List<Highlight> marks = new ArrayList<>();
        marks.add(Highlight.of(begin, end, Highlight.Kind.CLAIM));
        Optional<String> text = context.texts().of(documentIri);
        if (claimText.isPresent() && text.isPresent() && end <= text.get().length()) {
            int at = text.get().substring(begin, end).indexOf(claimText.get());
            if (at >= 0) {
                marks.add(Highlight.of(begin + at, begin + at + claimText.get().length(),
                        Highlight.Kind.CLAIM_TEXT));
            }
        }
        return marks;
    }
}
