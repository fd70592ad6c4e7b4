package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation in the document text: the span between its quote marks.
 *
 * @param open    offset of the opening mark
 * @param begin   first character of the quoted words
 * @param end     end of the quoted words, exclusive
 * @param close   offset just after the closing mark ({@code end} when the quote runs to the
 *                end of its paragraph unclosed, as multi-paragraph quotations do)
 */
record Quotation(int open, int begin, int end, int close) {
    boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    int words(String text) {
        String s = text.substring(begin, end).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /**
     * The double-quoted spans of a text, paragraph by paragraph. Typographic and straight
     * marks are paired as writers mix them (“false pretexts"); single quotes are left alone,
     * as they mark titles and scare quotes and double as apostrophes.
     */
    static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && i > open + 1)
                    out.add(new Quotation(open, open + 1, trimEnd(text, open + 1, i), i));
                open = -1;
                continue;
            }
            boolean curlyOpen = c == '“' || c == '«';
            boolean curlyClose = c == '”' || c == '»';
            boolean straight = c == '"';
            if (!(curlyOpen || curlyClose || straight))
                continue;
            if (open < 0) {
                if (curlyOpen || straight && opensHere(text, i))
                    open = i;
            } else if (curlyClose || straight) {
                out.add(new Quotation(open, open + 1, i, i + 1));
                open = -1;
            } else {
                // a second opening mark before any closing one: the first was stray
                open = i;
            }
        }
        if (open >= 0 && open + 1 < text.length())
            out.add(new Quotation(open, open + 1, trimEnd(text, open + 1, text.length()), text.length()));
        return out;
    }

    private static boolean opensHere(String text, int i) {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static int trimEnd(String text, int begin, int end) {
        while (end > begin && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        return end;
    }
}
