package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Word}s for name matching, independently of the tokenizer, so that
 * the gazetteer aliases and the document are cut the same way: "Kata'ib Hezbollah's" gives
 * the words {@code Kata'ib} and {@code Hezbollah} (a possessive follows), "U.S.-led" gives
 * {@code U.S.} and {@code led}, "al-Sudani" gives {@code al} and {@code Sudani}.
 */
public final class WordScanner {
    private final NameNormalizer normalizer;

    public WordScanner(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Word> scan(String text) {
        return scan(text, 0, text.length());
    }

    /** The words of {@code text[begin, end)}, offsets into {@code text}. */
    public List<Word> scan(String text, int begin, int end) {
        List<Word> words = new ArrayList<>();
        Word.Gap pending = null;        // the strongest separator seen since the last word
        boolean afterPossessive = false;
        int i = begin;
        while (i < end) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                Word.Gap g = separatorGap(text, i, end, words);
                pending = pending == null || g.ordinal() > pending.ordinal() ? g : pending;
                i++;
                continue;
            }
            int wordEnd = initialismEnd(text, i, end);
            if (wordEnd < 0) {
                wordEnd = wordEnd(text, i, end);
            }
            Word.Gap gap;
            if (words.isEmpty()) {
                gap = Word.Gap.START;
            } else if (afterPossessive) {
                gap = pending == null || pending == Word.Gap.SPACE ? Word.Gap.POSSESSIVE : Word.Gap.BREAK;
            } else {
                gap = pending == null ? Word.Gap.JOINED : pending;
            }
            for (int[] part : camelParts(text, i, wordEnd)) {
                String surface = text.substring(part[0], part[1]);
                String folded = NameNormalizer.fold(surface);
                Word.Gap g = part[0] == i ? gap : Word.Gap.JOINED;
                words.add(new Word(part[0], part[1], surface, folded, normalizer.wordKey(folded), g));
            }
            afterPossessive = wordEnd < end && isApostrophe(text.charAt(wordEnd)) && isPossessiveAt(text, wordEnd, end);
            i = afterPossessive ? wordEnd + 2 : wordEnd;
            pending = null;
        }
        return words;
    }

    /** What the separator character at {@code i} makes of the gap. */
    private static Word.Gap separatorGap(String text, int i, int end, List<Word> words) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\u00A0' || c == '[' || c == ']') {
            return Word.Gap.SPACE;
        }
        if (isApostrophe(c) && i > 0 && Character.isLetter(text.charAt(i - 1))
                && (i + 1 >= end || text.charAt(i + 1) == ' ')) {
            return Word.Gap.SPACE; // a transliteration's trailing ayn: "Shia' al-Sudani"
        }
        if (c == '-' || c == '\u2010' || c == '\u2011') {
            boolean spaced = i > 0 && text.charAt(i - 1) == ' ' || i + 1 < end && text.charAt(i + 1) == ' ';
            return spaced ? Word.Gap.BREAK : Word.Gap.HYPHEN;
        }
        if (c == '.' && !words.isEmpty()) {
            // the dot of an abbreviation or an initial ("Gen. Smith", "Alissa J. Rubin")
            Word last = words.get(words.size() - 1);
            boolean shortCapital = last.end() == i && last.isCapitalized() && last.folded().length() <= 3;
            if (shortCapital && i + 1 < end && text.charAt(i + 1) == ' ') {
                return Word.Gap.SPACE;
            }
        }
        return Word.Gap.BREAK;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    /** End of a word starting at {@code i}: letters, digits, and apostrophes between letters. */
    private static int wordEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if (isApostrophe(c) && j + 1 < end && Character.isLetter(text.charAt(j + 1))
                    && j > i && Character.isLetter(text.charAt(j - 1))
                    && !isPossessiveAt(text, j, end)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isPossessiveAt(String text, int j, int end) {
        int after = j + 1;
        return after < end && (text.charAt(after) == 's' || text.charAt(after) == 'S')
                && (after + 1 >= end || !Character.isLetterOrDigit(text.charAt(after + 1)));
    }

    /** "U.S." or "D.C." starting at {@code i}: single letters each followed by a dot, two or more. */
    private static int initialismEnd(String text, int i, int end) {
        int j = i;
        int letters = 0;
        while (j + 1 < end && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j + 2 >= end || !Character.isLetter(text.charAt(j + 2)) || isInitialAt(text, j + 2, end))) {
            letters++;
            j += 2;
            if (j >= end || !Character.isLetter(text.charAt(j))) {
                break;
            }
        }
        return letters >= 2 ? j : -1;
    }

    private static boolean isInitialAt(String text, int j, int end) {
        return j + 1 < end && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.';
    }

    /**
     * Splits a word written together with the next one, "IraqAl" into "Iraq" and "Al": a
     * change from three lower-case letters to an upper-case letter followed by a letter.
     * "McGurk", "DoD" and "YouTube" stay whole.
     */
    private static List<int[]> camelParts(String text, int begin, int end) {
        List<int[]> parts = new ArrayList<>(1);
        int start = begin;
        for (int j = begin + 3; j + 1 < end; j++) {
            if (Character.isUpperCase(text.charAt(j)) && Character.isLetter(text.charAt(j + 1))
                    && Character.isLowerCase(text.charAt(j - 1)) && Character.isLowerCase(text.charAt(j - 2))
                    && Character.isLowerCase(text.charAt(j - 3)) && j - 3 >= start) {
                parts.add(new int[] {start, j});
                start = j;
            }
        }
        parts.add(new int[] {start, end});
        return parts;
    }
}
