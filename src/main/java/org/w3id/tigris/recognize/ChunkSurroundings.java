package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Set;

/**
 * What stands around a proper-noun chunk in its sentence: a byline's "By", quotation marks,
 * a preposition of place, a known town it is joined to, a region after a comma. The cues
 * {@link ProperNounLayer} reads before it types a chunk.
 */
record ChunkSurroundings(Candidates candidates, ScannedSentence s) {
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "into", "toward", "towards",
            "inside", "around");
    /** Words after which a lone unknown name is a place: only the spatial ones ("in Congress" is not). */
    private static final Set<String> NEAR = Set.of("near", "outside", "around", "toward", "towards");

    /**
     * "By Sarah X and Ahmed Y": a name right after "by", or after "and" following such a name.
     * In a title-case line the "By" must open the line ("Used By Western Media" is no byline).
     */
    boolean byline(int from) {
        List<Word> words = s.words();
        int i = from - 1;
        if (i >= 0 && words.get(i).lower().equals("and")) {
            i--;
            // "Reporting by A in Baghdad and B": back over names and the places they filed from
            while (i >= 0 && (words.get(i).isCapitalized() || words.get(i).lower().equals("in"))
                    && !words.get(i).lower().equals("by")) {
                i--;
            }
        }
        return i >= 0 && words.get(i).lower().equals("by") && (!s.titleCase() || i == 0);
    }

    boolean quoted(int from, int to) {
        String before = s.textBefore(from);
        String text = s.documentText();
        int end = s.words().get(to - 1).end();
        String after = text.substring(end, Math.min(text.length(), end + 1));
        return before.matches(".*[\"\u201C\u2018]\\s*$") && after.matches("[\"\u201D\u2019]");
    }

    /** "in Jurf al-Sakhar", "near X", and "Anbar's al-Qaim": where a place is expected. */
    boolean locative(int from) {
        if (from == 0) {
            return false;
        }
        Word prev = s.words().get(from - 1);
        if (LOCATIVE.contains(prev.lower()) && s.words().get(from).gapBefore() == Word.Gap.SPACE) {
            return true;
        }
        if (s.words().get(from).gapBefore() == Word.Gap.POSSESSIVE) {
            return candidates.at(s.index(), from - 1).map(c -> isPlace(c.type()) && c.type() != EntityType.CITY)
                    .orElse(false);
        }
        return false;
    }

    /** "between Bint Jbeil and Aitaroun", "Aitaroun and Bint Jbeil": a name joined to a known town. */
    private boolean coordinatedWithTown(int from, int to) {
        List<Word> words = s.words();
        boolean before = from >= 2 && words.get(from - 1).lower().matches("and|or")
                && candidates.at(s.index(), from - 2).map(c -> c.type() == EntityType.CITY).orElse(false);
        boolean after = to + 1 < words.size() && words.get(to).lower().matches("and|or")
                && candidates.at(s.index(), to + 1).map(c -> c.type() == EntityType.CITY).orElse(false);
        return before || after;
    }

    /** "Zumar, Nineveh province": a name followed by a comma and a known region or country. */
    boolean placeAppositive(int b) {
        if (b >= s.words().size() || !s.textBefore(b).trim().equals(",")) {
            return false;
        }
        return candidates.at(s.index(), b).map(c -> c.type() == EntityType.REGION || c.type() == EntityType.COUNTRY)
                .orElse(false);
    }

    private static boolean isPlace(EntityType t) {
        return t == EntityType.CITY || t == EntityType.REGION || t == EntityType.COUNTRY;
    }

    /** "near Khanasor", or a name joined to a known town. */
    boolean besideTown(int from, int to) {
        return coordinatedWithTown(from, to) || from > 0 && NEAR.contains(s.words().get(from - 1).lower());
    }
}
