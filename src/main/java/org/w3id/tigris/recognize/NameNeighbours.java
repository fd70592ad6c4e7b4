package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The cue words next to and inside a proper-noun chunk that say what it names: a role noun
 * before it ("military spokesperson X"), a role in an appositive after it ("X, the leader of
 * ..."), a typing noun before it ("the militia group X", "the tanker X"), a title inside it, a
 * quoted nickname, a unit's number, a digit of a model number.
 */
record NameNeighbours(CueWords cues) {
    /** Nouns whose possessive sits inside a name: "Tigray People's Liberation Front". */
    private static final Set<String> COLLECTIVES = Set.of("people", "peoples", "women", "children", "workers");

    /**
     * A collective noun's possessive between two capitalised words is part of one name ("People's
     * Liberation Front", "Women's League"), where "Iraq's Foreign Ministry" is two.
     */
    boolean collectivePossessive(List<Word> words, int j) {
        return j > 0 && words.get(j).gapBefore() == Word.Gap.POSSESSIVE && words.get(j).isCapitalized()
                && words.get(j - 1).isCapitalized() && COLLECTIVES.contains(words.get(j - 1).lower());
    }

    /**
     * A town's name that is also a stop word ("Tut", "Bor", "Side") closing a person's name of a
     * given name and another word: "James Gatluak Tut" is one name, not "James Gatluak".
     */
    boolean closesPersonName(List<Word> words, int from, int j, boolean givenFirst) {
        Word w = words.get(j);
        boolean last = j + 1 == words.size() || !words.get(j + 1).gapBefore().joinsChunk()
                || !words.get(j + 1).isCapitalized();
        return givenFirst && j - from >= 2 && w.isCapitalized() && w.gapBefore() == Word.Gap.SPACE
                && cues.isTownWord(w.lower()) && last;
    }

    /** Whether a possessive joins two of the words {@code [from, to)}. */
    static boolean holdsPossessive(List<Word> words, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (words.get(i).gapBefore() == Word.Gap.POSSESSIVE) {
                return true;
            }
        }
        return false;
    }


    /** A role noun right before the name, or one word before it: "military spokesperson X". */
    boolean roleBefore(List<Word> words, int from) {
        for (int i = from - 1; i >= Math.max(0, from - 2); i--) {
            Word w = words.get(i);
            if (w.isCapitalized() && i != from - 1) {
                return false;
            }
            if (cues.isRole(w.lower())) {
                return true;
            }
            if (!words.get(i + 1).gapBefore().joinsChunk() && i + 1 < from) {
                return false;
            }
        }
        return false;
    }

    /** "X, the leader of ..." / "X, a senior member of ...": a role noun within four words after a comma. */
    boolean appositive(ScannedSentence s, int b) {
        List<Word> words = s.words();
        if (b >= words.size() || words.get(b).gapBefore() != Word.Gap.BREAK) {
            return false;
        }
        String between = s.textBefore(b);
        if (!between.trim().equals(",")) {
            return false;
        }
        for (int i = b; i < Math.min(words.size(), b + 4); i++) {
            if (cues.isRole(words.get(i).lower())) {
                return true;
            }
            if (i > b && words.get(i).gapBefore() == Word.Gap.BREAK) {
                return false;
            }
        }
        return false;
    }

    /** A typing noun among the three lower-case words before the name: "the militia group X". */
    EntityType nounBefore(List<Word> words, int from) {
        for (int i = from - 1; i >= Math.max(0, from - 3); i--) {
            Word w = words.get(i);
            if (w.isCapitalized() && !cues.isDemonym(w.lower())) {
                return null;
            }
            EntityType t = cues.before(w.lower());
            if (t != null) {
                return t;
            }
            if (!words.get(i + 1).gapBefore().joinsName()) {
                return null;
            }
        }
        return null;
    }

    /**
     * "93rd Mechanized Brigade", "542nd Light Infantry Battalion": a numbered formation whose
     * number and arm are named with it is a state's army unit. A bare "30th Brigade" may be a
     * militia's (the Popular Mobilization's brigades are numbered too), so it keeps its head's type.
     */
    static boolean numberedFormation(List<Word> words, int a, int b) {
        return b - a >= 3 && words.get(a).lower().matches("\\d{1,4}(st|nd|rd|th)?");
    }

    /** A quoted word inside the name: a nickname (see ProperNounLayer.throughNickname). */
    static boolean nicknamed(ScannedSentence s, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (s.textBefore(k).matches("[ \"\u201C\u201D]*[\"\u201C\u201D][ \"\u201C\u201D]*")) {
                return true;
            }
        }
        return false;
    }

    /** "Maritime Trade Operations": a last word that is a common noun in the plural is no surname. */
    static boolean endsInCommonPlural(ScannedSentence s, int word) {
        String lower = s.words().get(word).lower();
        return lower.endsWith("s") && !s.pos(word).equals("PROPN") && !s.lemma(word).equals(lower);
    }

    /** "Typhoon FGR4", "Su-35": a model number is no name. */
    static boolean hasDigit(List<Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.get(i).surface().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Where a title starts after at most three name words of a chunk that goes on after it, else {@code from}. */
    int titleInside(ScannedSentence s, int from, int to) {
        List<Word> words = s.words();
        if (cues.titleLength(words, from, to) > 0) {
            return from; // "President Hassan Sheikh Mohamud": the name after the first title is one name
        }
        for (int t = from + 1; t <= Math.min(from + 3, to - 2) && !s.titleCase(); t++) {
            if (ProperNounLayer.isConnector(words.get(t - 1))) {
                return from;
            }
            int length = cues.titleLength(words, t, to);
            if (length > 0 && t + length < to && words.get(t + length).isCapitalized()
                    && cues.head(words.get(to - 1).lower()) == null) { // "Armed Forces General Staff" is one body
                return t;
            }
        }
        return from;
    }

    /**
     * Ismael "El Mayo" Zambada, Jimmy "Barbecue" Cherizier: a quoted nickname of up to three
     * capitalised words between a given name and a surname belongs to the name. The chunk's new
     * end, else {@code j}.
     */
    int throughNickname(ScannedSentence s, int i, int j, IntPredicate nameWord) {
        List<Word> words = s.words();
        if (j - i > 2 || j + 1 >= words.size() || !s.textBefore(j).matches(" [\"\u201C]") || s.titleCase()) {
            return j;
        }
        for (int k = j + 1; k < Math.min(j + 4, words.size()); k++) {
            if (!words.get(k - 1).isCapitalized()) {
                return j;
            }
            if (s.textBefore(k).matches("[\"\u201D] ") && nameWord.test(k)) {
                int end = k + 1;
                while (end < words.size() && words.get(end).gapBefore().joinsChunk() && nameWord.test(end)) {
                    end++;
                }
                return end;
            }
            if (words.get(k).gapBefore() != Word.Gap.SPACE) {
                return j;
            }
        }
        return j;
    }
}
