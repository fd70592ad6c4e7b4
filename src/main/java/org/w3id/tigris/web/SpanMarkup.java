package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a window of a document's text as HTML with its highlights, escaped. Highlights may
 * nest (a mention inside a claim) or overlap (an event's evidence crossing a claim's); HTML
 * needs properly nested elements, so an element that must close while others opened inside it
 * are still running closes those too and reopens them after.
 */
final class SpanMarkup {
    private static final Comparator<Highlight> OUTER_FIRST = Comparator
            .comparingInt(Highlight::begin)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed())
            .thenComparingInt(h -> h.kind().ordinal());

    private SpanMarkup() {
    }

    /** The text between {@code from} and {@code to}, highlights clipped to that window. */
    static String render(String text, int from, int to, List<Highlight> highlights) {
        int windowBegin = Math.max(0, Math.min(from, text.length()));
        int windowEnd = Math.max(windowBegin, Math.min(to, text.length()));
        List<Highlight> spans = new ArrayList<>();
        for (Highlight h : highlights) {
            int b = Math.max(h.begin(), windowBegin);
            int e = Math.min(h.end(), windowEnd);
            if (b < e) {
                spans.add(new Highlight(b, e, h.kind(), h.href(), h.title(), h.id()));
            }
        }
        spans.sort(OUTER_FIRST);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(windowBegin);
        cuts.add(windowEnd);
        spans.forEach(h -> {
            cuts.add(h.begin());
            cuts.add(h.end());
        });

        StringBuilder out = new StringBuilder();
        List<Highlight> open = new ArrayList<>();
        Set<Highlight> started = new HashSet<>();
        int next = 0;
        int position = windowBegin;
        for (int cut : cuts) {
            out.append(Html.escape(text.substring(position, cut)));
            position = cut;
            closeEndingAt(cut, open, out);
            while (next < spans.size() && spans.get(next).begin() == cut) {
                Highlight h = spans.get(next++);
                out.append(openTag(h, started.add(h), open));
                open.add(h);
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append(closeTag(open.get(i)));
        }
        return out.toString();
    }

    private static void closeEndingAt(int cut, List<Highlight> open, StringBuilder out) {
        if (open.stream().noneMatch(h -> h.end() == cut)) {
            return;
        }
        List<Highlight> reopen = new ArrayList<>();
        while (open.stream().anyMatch(h -> h.end() == cut)) {
            Highlight top = open.remove(open.size() - 1);
            out.append(closeTag(top));
            if (top.end() != cut) {
                reopen.add(0, top);
            }
        }
        for (Highlight h : reopen) {
            out.append(openTag(h, false, open));
            open.add(h);
        }
    }

    private static String openTag(Highlight h, boolean first, List<Highlight> open) {
        StringBuilder tag = new StringBuilder("<").append(h.kind().tag)
                .append(" class=\"").append(h.kind().cssClass).append('"');
        if (first && h.id() != null) {
            tag.append(" id=\"").append(Html.escape(h.id())).append('"');
        }
        if (h.title() != null) {
            tag.append(" title=\"").append(Html.escape(h.title())).append('"');
        }
        boolean anchor = h.kind().tag.equals("a");
        if (anchor && h.href() != null) {
            tag.append(" href=\"").append(Html.escape(h.href())).append('"');
        }
        tag.append('>');
        // A marked event or claim gets one small link at its start; never inside a link.
        boolean insideLink = open.stream().anyMatch(o -> o.kind().tag.equals("a"));
        if (first && !anchor && h.href() != null && !insideLink) {
            tag.append("<a class=\"ref\" href=\"").append(Html.escape(h.href())).append("\">")
                    .append(h.kind() == Highlight.Kind.CLAIM ? "claim" : "event").append("</a>");
        }
        return tag.toString();
    }

    private static String closeTag(Highlight h) {
        return "</" + h.kind().tag + ">";
    }
}
