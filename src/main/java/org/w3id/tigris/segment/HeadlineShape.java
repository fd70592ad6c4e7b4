package org.w3id.tigris.segment;

/**
 * The shape of a line that reads as a headline: one line of title length, capitalised, with no
 * final period (a question or exclamation only in title case). Whether it heads an item depends
 * on what stands under it, which is {@link Segmenter}'s to judge.
 */
final class HeadlineShape {
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_HEADLINE_CHARS = 200;

    private HeadlineShape() {
    }

    /** Whether the paragraph reads as a headline: one line, title length, no final period. */
    static boolean of(Paragraph p) {
        if (p.lines() != 1 || p.text().length() > MAX_HEADLINE_CHARS)
            return false;
        int words = p.words();
        if (words < 1 || words > MAX_HEADLINE_WORDS)
            return false;
        char first = p.firstSignificant();
        if (!(Character.isUpperCase(first) || Character.isDigit(first)))
            return false;
        char last = p.lastSignificant();
        if (".,;:\u2026".indexOf(last) >= 0)
            return false;
        return (last != '?' && last != '!') || titleCase(p.text());
    }

    /** Most longer words capitalised, as in "Why Does The US Still Control Oil Revenues?". */
    private static boolean titleCase(String text) {
        int longWords = 0;
        int capitalised = 0;
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() < 4)
                continue;
            longWords++;
            if (Character.isUpperCase(w.charAt(0)))
                capitalised++;
        }
        return longWords >= 2 && capitalised * 10 >= longWords * 6;
    }
}
