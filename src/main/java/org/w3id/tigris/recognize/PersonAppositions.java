package org.w3id.tigris.recognize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The punctuation around a name that only a person's name takes: an age set off by commas
 * ("X, 52, was killed"), and commas setting the name off after a phrase that ends in a noun only
 * a person is, or in a role or title ("a local councillor, X, said", "the prefect of Y, X,
 * denounced", "Kawasi Budhri, whose husband X"). Read before the name typer, which sees the
 * name's words and the nearest token only.
 */
record PersonAppositions(CueWords cues) {
    /** ", 52," or ", 52." after a name: an age (a year or a count would be longer or have a noun). */
    private static final Pattern AGE = Pattern.compile("\\s*,\\s*(\\d{1,2}|1[01]\\d)\\s*(,|\\.|;|$).*", Pattern.DOTALL);
    private static final int PHRASE = 6;

    /** Whether the name ending before word {@code b} is followed by an age in commas. */
    boolean aged(ScannedSentence s, int b) {
        String text = s.documentText();
        int end = b == 0 ? s.sentence().begin() : s.words().get(b - 1).end();
        String rest = text.substring(end, Math.min(text.length(), Math.max(end, s.sentence().end())));
        return AGE.matcher(rest.length() > 8 ? rest.substring(0, 8) : rest).matches();
    }

    /**
     * Whether the name starting at word {@code from} follows a comma after a phrase (up to six
     * words back to the previous punctuation, opened by a determiner or a possessive) that holds
     * a person's noun, a role or a title, or directly follows a person's noun ("whose husband X").
     */
    boolean afterPersonPhrase(ScannedSentence s, int from) {
        List<Word> words = s.words();
        if (from == 0) {
            return false;
        }
        Word prev = words.get(from - 1);
        if (words.get(from).gapBefore() == Word.Gap.SPACE && !prev.isCapitalized() && cues.isPersonNoun(prev.lower())) {
            return true;
        }
        if (words.get(from).gapBefore() != Word.Gap.BREAK || !s.textBefore(from).trim().equals(",")) {
            return false;
        }
        boolean person = false;
        for (int i = from - 1; i >= Math.max(0, from - PHRASE); i--) {
            Word w = words.get(i);
            person |= cues.isPersonNoun(w.lower()) || cues.isRole(w.lower()) || cues.titleLength(words, i, from) > 0;
            if (person && (isDeterminer(w.lower()) || w.gapBefore() == Word.Gap.POSSESSIVE)) {
                return true; // "the dead farmer", "the chairman of the regional administration", "China's special envoy"
            }
            if (w.gapBefore() == Word.Gap.POSSESSIVE) {
                return false;
            }
            if (i == 0 || w.gapBefore() == Word.Gap.BREAK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDeterminer(String lower) {
        return switch (lower) {
            case "the", "a", "an", "his", "her", "their", "its", "our", "one", "another" -> true;
            default -> false;
        };
    }
}
