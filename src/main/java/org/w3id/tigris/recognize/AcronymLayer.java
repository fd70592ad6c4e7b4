package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Layer 4: acronyms the text defines, "the Islamic Resistance in Iraq (IRI)". The long form
 * is the name right before the parenthesis (a found mention, or the shortest run of words
 * whose initials spell the acronym); every use of the acronym in the document then names
 * what the long form names, even where a gazetteer knows the acronym as something else.
 */
final class AcronymLayer {
    static final String LAYER = "acronym";
    private static final int LONGEST_LONG_FORM = 9;

    private final Gazetteers gazetteers;
    private final HeadWords heads;

    AcronymLayer(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.heads = new HeadWords(gazetteers);
    }

    /** An acronym bound to the mention of its long form. */
    private record Definition(String acronym, EntityType type, Optional<String> key) {
    }

    void apply(Candidates candidates) {
        List<Definition> definitions = new ArrayList<>();
        for (ScannedSentence s : candidates.sentences()) {
            List<Word> words = s.words();
            for (int k = 1; k < words.size(); k++) {
                Word w = words.get(k);
                if (!isAcronym(w) || !s.textBefore(k).endsWith("(") || !followedByParenthesis(s, k)) {
                    continue;
                }
                Optional<Candidate> longForm = longForm(candidates, s, k);
                longForm.ifPresent(c -> definitions.add(new Definition(w.folded(), c.type(), c.key())));
            }
        }
        for (Definition d : definitions) {
            for (ScannedSentence s : candidates.sentences()) {
                for (int i = 0; i < s.words().size(); i++) {
                    Word w = s.words().get(i);
                    if (!w.folded().equals(d.acronym())) {
                        continue;
                    }
                    Optional<Candidate> there = candidates.at(s.index(), i);
                    if (there.isPresent() && (there.get().to() - there.get().from() > 1
                            || there.get().key().equals(d.key()) && d.key().isPresent())) {
                        continue;
                    }
                    candidates.replace(new Candidate(s.index(), i, i + 1, w.begin(), w.end(), d.type(), LAYER, d.key()));
                }
            }
        }
    }

    /** Two to eight letters, at least two capitals: "PMF", "IRI", "LoR", "USADA". */
    static boolean isAcronym(Word w) {
        String f = w.folded();
        if (f.length() < 2 || f.length() > 8 || !Character.isUpperCase(f.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    private static boolean followedByParenthesis(ScannedSentence s, int k) {
        Word w = s.words().get(k);
        String rest = s.documentText().substring(w.end(), Math.min(s.documentText().length(), w.end() + 2)).trim();
        return rest.startsWith(")");
    }

    private Optional<Candidate> longForm(Candidates candidates, ScannedSentence s, int k) {
        Optional<Candidate> before = candidates.at(s.index(), k - 1);
        if (before.isPresent() && !before.get().isBareInstitution()) {
            Candidate c = before.get();
            if (spells(s.words(), c.from(), c.to(), s.words().get(k).folded()) || c.key().isPresent()
                    && gazetteers.entry(c.key().get()).map(e -> e.aliases().contains(s.words().get(k).surface()))
                    .orElse(false)) {
                return before;
            }
        }
        List<Word> words = s.words();
        String acronym = words.get(k).folded();
        // "the ... Operations agency (UKMTO)": a lower-case noun may stand between name and acronym
        int end = k;
        while (end > 1 && k - end < 2 && !words.get(end - 1).isCapitalized()) {
            end--;
        }
        for (int from = end - 1; from >= Math.max(0, end - LONGEST_LONG_FORM); from--) {
            if (from < end - 1 && !words.get(from + 1).gapBefore().joinsName()) {
                break;
            }
            if (end - from >= 2 && spells(words, from, end, acronym) && words.get(from).isCapitalized()) {
                EntityType type = typeOf(candidates, s, from, k);
                Candidate c = new Candidate(s.index(), from, end, words.get(from).begin(), words.get(end - 1).end(), type,
                        LAYER, Optional.empty());
                candidates.replace(c);
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The type of a long form: that of a chunk already found from its start, else its head word's
     * (read with every word of the long form: "Plateau State Emergency Management Agency", whose
     * chunk lost the region's name to the place layers, is a state's), else that of a chunk inside
     * it, else Organization.
     */
    private EntityType typeOf(Candidates candidates, ScannedSentence s, int from, int to) {
        Optional<Candidate> first = candidates.at(s.index(), from);
        if (first.isPresent() && chunkType(first.get())) {
            return first.get().type();
        }
        for (int i = to; i > from; i--) {
            // the last head word and the words before it: "Coastal Maritime Police Force" is a state's
            Optional<EntityType> head = heads.typeByHead(s.words(), from, i);
            if (head != null && head.isPresent()) {
                return head.get();
            }
        }
        for (int i = from; i < to; i++) {
            Optional<Candidate> c = candidates.at(s.index(), i);
            if (c.isPresent() && chunkType(c.get())) {
                return c.get().type();
            }
        }
        return EntityType.ORGANIZATION;
    }

    private static boolean chunkType(Candidate c) {
        return c.layer().equals(ProperNounLayer.LAYER) && c.type() != EntityType.PERSON;
    }

    /** Whether the initials of words {@code [from, to)} spell the acronym; small words may be skipped. */
    static boolean spells(List<Word> words, int from, int to, String acronym) {
        return spells(words, from, to, acronym.toLowerCase(java.util.Locale.ROOT), 0);
    }

    private static boolean spells(List<Word> words, int w, int to, String letters, int l) {
        if (w == to) {
            return l == letters.length();
        }
        Word word = words.get(w);
        String lower = word.lower();
        boolean small = lower.equals("of") || lower.equals("the") || lower.equals("in") || lower.equals("and")
                || lower.equals("for") || lower.equals("al") || lower.equals("on");
        if (small && spells(words, w + 1, to, letters, l)) {
            return true;
        }
        if (l < letters.length() && lower.charAt(0) == letters.charAt(l)) {
            // a word gives its initial, or the first few letters of its name: "KUR" for Kurdistan
            for (int n = 1; n <= Math.min(3, lower.length()) && l + n <= letters.length(); n++) {
                if (letters.startsWith(lower.substring(0, n), l) && spells(words, w + 1, to, letters, l + n)) {
                    return true;
                }
            }
            // an initialism spells several letters: "U.S." = U, S
            if (word.isAllCaps() && lower.length() > 1 && letters.startsWith(lower, l)
                    && spells(words, w + 1, to, letters, l + lower.length())) {
                return true;
            }
        }
        return false;
    }
}
