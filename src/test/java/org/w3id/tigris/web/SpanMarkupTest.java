package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanMarkupTest {
    private static Highlight mention(int b, int e, String href) {
        return new Highlight(b, e, Highlight.Kind.MENTION, href, null, null);
    }

    @Test
    void escapesTextAndMarksSpans() {
        String text = "A <b> & Anbar";
        assertEquals("A &lt;b&gt; &amp; <mark class=\"hit\">Anbar</mark>",
                SpanMarkup.render(text, 0, text.length(), List.of(Highlight.of(8, 13, Highlight.Kind.HIT))));
    }

    @Test
    void nestedSpansNest() {
        String text = "Iraq said it will respond.";
        String html = SpanMarkup.render(text, 0, text.length(), List.of(
                new Highlight(0, 25, Highlight.Kind.CLAIM, "/id/claim/c", null, null),
                mention(0, 4, "/id/entity/iraq"),
                Highlight.of(10, 25, Highlight.Kind.CLAIM_TEXT)));
        assertEquals("<mark class=\"cl\"><a class=\"ref\" href=\"/id/claim/c\">claim</a>"
                + "<a class=\"m\" href=\"/id/entity/iraq\">Iraq</a> said <em class=\"ct\">it will respond</em></mark>.",
                html);
    }

    @Test
    void crossingSpansAreClosedAndReopened() {
        String text = "abcdefgh";
        String html = SpanMarkup.render(text, 0, text.length(), List.of(
                Highlight.of(0, 5, Highlight.Kind.EVENT), Highlight.of(3, 8, Highlight.Kind.HIT)));
        assertEquals("<mark class=\"ev\">abc<mark class=\"hit\">de</mark></mark><mark class=\"hit\">fgh</mark>", html);
    }

    @Test
    void spansAreClippedToTheWindow() {
        String text = "one two three";
        assertEquals("<mark class=\"hit\">two</mark> thr",
                SpanMarkup.render(text, 4, 11, List.of(Highlight.of(0, 7, Highlight.Kind.HIT))));
    }

    @Test
    void attributesAreEscapedAndTheIdGoesOnTheFirstPieceOnly() {
        String text = "abcdef";
        String html = SpanMarkup.render(text, 0, 6, List.of(
                new Highlight(0, 4, Highlight.Kind.MENTION, "/x?a=1&b=\"2\"", "T\"itle", "char=0,4"),
                Highlight.of(2, 6, Highlight.Kind.CLAIM_TEXT)));
        assertEquals("<a class=\"m\" id=\"char=0,4\" title=\"T&quot;itle\" href=\"/x?a=1&amp;b=&quot;2&quot;\">ab"
                + "<em class=\"ct\">cd</em></a><em class=\"ct\">ef</em>", html);
    }
}
