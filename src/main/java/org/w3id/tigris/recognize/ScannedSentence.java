package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Set;
import org.w3id.tigris.annotate.Sentence;
import org.w3id.tigris.annotate.Token;

/**
 * A sentence as the recognition layers read it: its words, its tokens (for their UD tags),
 * the article it belongs to, and whether it is a headline (or written in title case, where
 * capital letters say nothing about names).
 */
record ScannedSentence(int index, int article, Sentence sentence, String documentText, List<Word> words,
                       boolean titleCase) {
    /** Newsroom credits before "by": "(Reporting by X; Editing by Y)". */
    private static final Set<String> CREDITS = Set.of("reporting", "editing", "writing", "written", "edited",
            "compiled", "photos", "photo", "graphics", "produced");

    /** The text between a word and the word before it. */
    String textBefore(int word) {
        int from = word == 0 ? sentence.begin() : words.get(word - 1).end();
        return documentText.substring(from, words.get(word).begin());
    }

    /** The UD tag of the token holding a word's first character, or "" when none does. */
    String pos(int word) {
        Token t = token(word);
        return t == null ? "" : t.pos();
    }

    /** The lemma of the token holding a word's first character, or the word in lower case. */
    String lemma(int word) {
        Token t = token(word);
        return t == null ? words.get(word).lower() : t.lemma();
    }

    private Token token(int word) {
        int at = words.get(word).begin();
        List<Token> tokens = sentence.tokens();
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= at) {
                lo = mid + 1;
            } else if (t.begin() > at) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }

    boolean isVerb(int word) {
        String pos = pos(word);
        return pos.equals("VERB") || pos.equals("AUX");
    }

    /** Lower-case longer words that make a sentence prose, whatever else it capitalises. */
    private static final int PROSE_LOWER_WORDS = 3;

    /**
     * Whether a sentence is written in title case: most of its longer words capitalised (a
     * headline line needs fewer words to be judged so).
     */
    static boolean looksTitleCase(List<Word> words, boolean headline) {
        if (isCreditLine(words)) {
            return false; // "(Reporting by A in Erbil; Editing by B)": names are capitalised, not the line
        }
        int longWords = 0;
        int capitalised = 0;
        for (Word w : words) {
            if (w.folded().length() >= 4 && Character.isLetter(w.folded().charAt(0))) {
                longWords++;
                if (w.isCapitalized()) {
                    capitalised++;
                }
            }
        }
        // a sentence of prose naming many people ("identified as A B, 24; C D, 29; ...") keeps its
        // longer common words in lower case, which title case capitalises
        boolean prose = !headline && longWords - capitalised >= PROSE_LOWER_WORDS;
        return !prose && longWords >= (headline ? 1 : 3) && capitalised * 10 >= longWords * 7;
    }

    private static boolean isCreditLine(List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (CREDITS.contains(words.get(i).lower()) && words.get(i + 1).lower().equals("by")) {
                return true;
            }
        }
        return false;
    }
}
