package org.w3id.tigris.web;

/**
 * A stretch of a document's text around a span, cut at sentence boundaries, for showing a
 * mention or a claim "in its sentence". The store keeps offsets, not sentences, so the
 * boundaries are found again here: a line break, or a sentence-final mark followed by space
 * and a capital, digit or quote. (An abbreviation such as "Mr." may cut a sentence short;
 * that only shortens the quoted context.) Long sentences are cut at a word boundary.
 */
record TextWindow(int begin, int end) {
    private static final int MAX_REACH = 400;

    /** The sentence (or line) holding {@code [spanBegin, spanEnd)}. */
    static TextWindow sentence(String text, int spanBegin, int spanEnd) {
        int begin = clamp(spanBegin, text);
        int end = Math.max(begin, clamp(spanEnd, text));
        return new TextWindow(sentenceStart(text, begin), sentenceEnd(text, begin, end));
    }

    /** This window widened by the sentence before and the sentence after it. */
    TextWindow withNeighbours(String text) {
        int before = begin - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        int newBegin = before < 0 ? begin : sentenceStart(text, before);
        int newEnd = after >= text.length() ? end : sentenceEnd(text, after, after + 1);
        return new TextWindow(Math.min(begin, newBegin), Math.max(end, newEnd));
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static int sentenceStart(String text, int position) {
        int limit = Math.max(0, position - MAX_REACH);
        for (int i = position - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return skipSpace(text, i + 1, position);
            }
            if (Character.isWhitespace(c) && endsSentence(text, i)) {
                int start = skipSpace(text, i, position);
                if (start <= position && startsSentence(text, start)) {
                    return start;
                }
            }
        }
        if (limit == 0) {
            return skipSpace(text, 0, position);
        }
        int space = text.indexOf(' ', limit);
        return space < 0 || space >= position ? limit : space + 1;
    }

    private static int sentenceEnd(String text, int spanBegin, int spanEnd) {
        int limit = Math.min(text.length(), spanEnd + MAX_REACH);
        for (int i = Math.max(spanBegin, spanEnd - 1); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return Math.max(trimEnd(text, i, spanBegin), spanEnd);
            }
            if (isFinalMark(c)) {
                int j = i + 1;
                while (j < text.length() && isClosing(text.charAt(j))) {
                    j++;
                }
                if (j >= text.length()) {
                    return Math.max(j, spanEnd);
                }
                if (Character.isWhitespace(text.charAt(j))) {
                    int k = skipSpace(text, j, text.length());
                    if (k >= text.length() || startsSentence(text, k) || text.charAt(j) == '\n') {
                        return Math.max(j, spanEnd);
                    }
                }
            }
        }
        if (limit == text.length()) {
            return Math.max(trimEnd(text, limit, spanBegin), spanEnd);
        }
        int space = text.lastIndexOf(' ', limit);
        return space <= spanEnd ? limit : space;
    }

    /** Whether the whitespace at {@code i} follows a sentence-final mark (maybe then quotes). */
    private static boolean endsSentence(String text, int i) {
        int j = i - 1;
        while (j >= 0 && isClosing(text.charAt(j))) {
            j--;
        }
        return j >= 0 && isFinalMark(text.charAt(j));
    }

    private static boolean startsSentence(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘([".indexOf(c) >= 0
                || !Character.isLetter(c) && !Character.isWhitespace(c) && c != ',' && c != ';';
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static int skipSpace(String text, int from, int limit) {
        int i = from;
        while (i < limit && i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int end, int floor) {
        int i = end;
        while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
