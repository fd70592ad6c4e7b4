package org.w3id.tigris.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into paragraphs. Every non-blank line is a paragraph of its own
 * (scraped pages put a headline, a kicker or a byline on a line without a blank line around
 * it), except that a line going on in lower case, or after a comma, continues the line above:
 * that is one hard-wrapped paragraph.
 */
final class Paragraphs {
    private Paragraphs() {
    }

    /** Whitespace, including the no-break and other Unicode spaces pages are full of. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }

    static List<Paragraph> of(String text) {
        List<int[]> lines = new ArrayList<>(); // trimmed [begin, end, blankBefore]
        boolean blankBefore = true;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int b = start;
            int e = end;
            while (b < e && isBlank(text.charAt(b)))
                b++;
            while (e > b && isBlank(text.charAt(e - 1)))
                e--;
            if (b < e) {
                lines.add(new int[] {b, e, blankBefore ? 1 : 0});
                blankBefore = false;
            } else {
                blankBefore = true;
            }
            if (newline < 0)
                break;
            start = newline + 1;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int[] first = lines.get(i);
            int end = first[1];
            int count = 1;
            while (i + count < lines.size() && lines.get(i + count)[2] == 0
                    && continues(text, lines.get(i + count - 1)[0], end, lines.get(i + count), lastOfBlock(lines, i + count))) {
                end = lines.get(i + count)[1];
                count++;
            }
            paragraphs.add(new Paragraph(first[0], end, text.substring(first[0], end), count, first[2] == 1));
            i += count;
        }
        return paragraphs;
    }

    /** A line of punctuation or symbols only ("-----", "=====", "* * *"): a rule between sections. */
    static boolean isRule(String line) {
        return line.length() >= 3 && line.chars().allMatch(c -> !Character.isLetterOrDigit(c));
    }

    private static boolean lastOfBlock(List<int[]> lines, int index) {
        return index + 1 >= lines.size() || lines.get(index + 1)[2] == 1;
    }

    private static boolean continues(String text, int previousBegin, int previousEnd, int[] next, boolean nextEndsBlock) {
        // a rule ("-----") between items ends with a dash but is no hard-wrapped line
        if (isRule(text.substring(previousBegin, previousEnd)) || isRule(text.substring(next[0], next[1])))
            return false;
        char last = text.charAt(previousEnd - 1);
        char first = text.charAt(next[0]);
        if (last == ',' || last == ';' || last == '-' || last == '\u2013')
            return true;
        if (!Character.isLowerCase(first) || ".!?:".indexOf(last) >= 0)
            return false;
        // a lone lower-case line closing a block is not prose going on but a stray line
        return !(nextEndsBlock && StrayLine.is(text.substring(next[0], next[1])));
    }
}
