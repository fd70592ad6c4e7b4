package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The proper-noun chunks of a sentence: maximal runs of capitalised words (joined by spaces or
 * hyphens) that may hold the particles of names ("al-", "bin", "of the"); a sentence's first
 * word counts only when tagged PROPN. What the chunks name is {@link ProperNounLayer}'s job.
 */
final class NameChunks {
    private static final Set<String> CONNECTORS = Set.of("al", "el", "bin", "ibn", "bint", "of", "the", "for", "de",
            "du", "da", "von", "van", "der", "la", "le", "ul", "del", "des", "dos", "do");

    private final Gazetteers gazetteers;
    private final CueWords cues;
    private final NameNeighbours neighbours;

    NameChunks(Gazetteers gazetteers, NameNeighbours neighbours) {
        this.gazetteers = gazetteers;
        this.cues = gazetteers.cues();
        this.neighbours = neighbours;
    }

    /** Maximal runs of name words, particles allowed inside. */
    List<int[]> in(ScannedSentence s) {
        List<Word> words = s.words();
        List<int[]> chunks = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            boolean articleStart = isArticle(words.get(i)) && i + 1 < words.size()
                    && words.get(i + 1).gapBefore() == Word.Gap.HYPHEN && nameWord(s, i + 1);
            boolean ordinalStart = isOrdinal(words.get(i)) && i + 1 < words.size()
                    && words.get(i + 1).gapBefore() == Word.Gap.SPACE && nameWord(s, i + 1);
            if (!nameWord(s, i) && !articleStart && !ordinalStart) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < words.size() && (words.get(j).gapBefore().joinsChunk() || neighbours.collectivePossessive(words, j))) {
                if (nameWord(s, j) || bridges(s, j) || neighbours.closesPersonName(words, i, j, given(words.get(i)))) {
                    j++;
                    continue;
                }
                int k = j;
                while (k < words.size() && words.get(k).gapBefore().joinsChunk() && isConnector(words.get(k))) {
                    k++;
                }
                if (k > j && k < words.size() && words.get(k).gapBefore().joinsChunk() && nameWord(s, k)) {
                    j = k + 1;
                    continue;
                }
                break;
            }
            j = neighbours.throughNickname(s, i, j, k -> nameWord(s, k));
            chunks.add(new int[] {i, j});
            i = j;
        }
        return chunks;
    }

    private boolean nameWord(ScannedSentence s, int i) {
        Word w = s.words().get(i);
        if (!w.isCapitalized()) {
            return false;
        }
        if (afterArticle(s.words(), i)) {
            return true; // "Shatt al-Arab": whatever follows "al-" belongs to the name
        }
        if (cues.isStopword(w.lower())) {
            return false;
        }
        if (i == 0 && !s.titleCase() && !s.pos(0).equals("PROPN")) {
            return false;
        }
        return true;
    }

    /**
     * A capitalised stop word inside a name, "Mohammed Shia al-Sudani", "Shatt al-Arab": taken
     * when a name word follows (never in title case, where every word is capitalised).
     */
    private boolean bridges(ScannedSentence s, int j) {
        List<Word> words = s.words();
        if (s.titleCase() || !words.get(j).isCapitalized() || j + 1 >= words.size()
                || !words.get(j + 1).gapBefore().joinsChunk()) {
            return false;
        }
        return nameWord(s, j + 1) || isArticle(words.get(j + 1));
    }

    static boolean afterArticle(List<Word> words, int i) {
        return i > 0 && words.get(i).gapBefore() == Word.Gap.HYPHEN && isArticle(words.get(i - 1));
    }

    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");

    /** "30th", "1st", "16th": a unit's number. */
    static boolean isOrdinal(Word w) {
        return ORDINAL.matcher(w.lower()).matches();
    }

    static boolean isConnector(Word w) {
        return CONNECTORS.contains(w.lower());
    }

    static boolean isArticle(Word w) {
        String l = w.lower();
        return l.equals("al") || l.equals("el");
    }

    /** Whether the word is a known given name ("Hassan", "Griselda"). */
    boolean given(Word w) {
        return cues.isGivenName(gazetteers.normalizer().canonicalWord(w.folded()));
    }
}
