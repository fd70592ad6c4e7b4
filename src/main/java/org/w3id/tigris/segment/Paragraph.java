package org.w3id.tigris.segment;

/**
 * A paragraph of a document: a line, or several lines of one hard-wrapped paragraph.
 *
 * @param begin       offset of its first non-blank character
 * @param end         offset after its last non-blank character
 * @param text        the text between them
 * @param lines       how many lines it spans
 * @param blankBefore whether a blank line (or the document start) precedes it
 */
record Paragraph(int begin, int end, String text, int lines, boolean blankBefore) {
    int words() {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Paragraphs.isBlank(text.charAt(i));
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    /** The last character that is not a closing quote, bracket or space. */
    char lastSignificant() {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("\"'\u201D\u2019)]\u00BB".indexOf(c) < 0 && !Paragraphs.isBlank(c))
                return c;
        }
        return ' ';
    }

    char firstSignificant() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\"'\u201C\u2018([\u00AB".indexOf(c) < 0 && !Paragraphs.isBlank(c))
                return c;
        }
        return ' ';
    }
}
