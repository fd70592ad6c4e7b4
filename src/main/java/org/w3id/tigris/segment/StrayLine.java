package org.w3id.tigris.segment;

/**
 * A short line in lower case with no punctuation at all, between sections of a page: SEO
 * spam, leftover link text or tags, never a headline (headlines are capitalised) and never
 * prose (prose has punctuation).
 */
final class StrayLine {
    private static final int MAX_WORDS = 8;

    private StrayLine() {
    }

    static boolean is(String line) {
        int words = 0;
        boolean inWord = false;
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c) && !Character.isLowerCase(c))
                return false; // capitalised, or a script without case: may be real text
            if (Character.isLetter(c)) {
                letters = true;
            } else if (!Character.isDigit(c) && !Paragraphs.isBlank(c)) {
                return false; // punctuation or symbols: something else
            }
            boolean space = Paragraphs.isBlank(c);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return letters && words <= MAX_WORDS;
    }
}
