package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Optional;

/**
 * The type a proper-noun chunk's head word gives it ({@code name-cues.tsv}), with a state's
 * forces told from armed groups: "Forces", "Army" and "Battalion" head both, and what else the
 * name holds decides. A state's forces are named by their kind alone ("Defence Forces", "Air
 * Force"), after their state ("Kenyan Security Forces"), with a word only states' forces bear
 * ("Police", "Gendarmerie"), or as a numbered formation with its arm ("93rd Mechanized
 * Brigade"); a group's name holds a word of its own ("Ambazonia Defence Forces", "Arakan Army").
 */
final class HeadWords {
    private final Gazetteers gazetteers;
    private final CueWords cues;

    HeadWords(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.cues = gazetteers.cues();
    }

    /**
     * The type the head word gives: the word before the first "of"/"for", else the last word;
     * {@link CueWords#NONE} for names we do not keep, null when the name has no head word.
     */
    Optional<EntityType> headType(List<Word> words, int a, int b) {
        int head = headIndex(words, a, b);
        if (head > a) {
            Optional<EntityType> pair = cues.head(words.get(head - 1).lower() + " " + words.get(head).lower());
            if (pair != null) {
                return pair;
            }
        }
        return cues.head(words.get(head).lower());
    }

    /** The head word's index: the word before the first "of"/"for", else the last word. */
    private static int headIndex(List<Word> words, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            String l = words.get(i).lower();
            if (l.equals("of") || l.equals("for")) {
                return i - 1;
            }
        }
        return b - 1;
    }

    /**
     * The type of a name whose head word is organizational: the head's, an organization a noun
     * before calls a group a group, and an armed group's head on a state's force a government body.
     * A state's head on an outlet ("Kenya News Agency", "Mekong Wire Service") is an organization,
     * and a head that states and citizens share on a state's body ("National Antiterrorism
     * Committee") a government body.
     */
    EntityType organizational(EntityType head, EntityType nounBefore, List<Word> words, int a, int b) {
        EntityType type = head == EntityType.ORGANIZATION && nounBefore == EntityType.ARMED_GROUP
                ? EntityType.ARMED_GROUP : head;
        if (type == EntityType.ARMED_GROUP && (NameNeighbours.numberedFormation(words, a, b) || statesForce(words, a, b))) {
            return EntityType.GOVERNMENT_BODY;
        }
        if (type == EntityType.GOVERNMENT_BODY && outlet(words, a, b)) {
            return EntityType.ORGANIZATION;
        }
        if (type == EntityType.ORGANIZATION && statesBody(words, a, b)) {
            return EntityType.GOVERNMENT_BODY;
        }
        return type;
    }

    /** The type of words {@code [a, b)} by their head word alone, told as above; null when there is none. */
    Optional<EntityType> typeByHead(List<Word> words, int a, int b) {
        Optional<EntityType> head = headType(words, a, b);
        if (head == null || head.isEmpty()) {
            return head;
        }
        return Optional.of(organizational(head.get(), null, words, a, b));
    }

    private boolean outlet(List<Word> words, int a, int b) {
        for (int i = a; i < b; i++) {
            if (cues.isOutletWord(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name whose head states and citizens share is a state's: it opens with a public
     * word ("National", "State"), a country's adjective ("Colombian Family Welfare Institute") or
     * a first-level region's name ("Plateau State …"), and holds no outlet word. A country's
     * name itself is left alone: "U.S. Anti-Doping Agency" is no state's, and so is a research
     * body ("Studies", "Research").
     */
    private boolean statesBody(List<Word> words, int a, int b) {
        int head = headIndex(words, a, b);
        if (!cues.isPublicHead(words.get(head).lower()) || outlet(words, a, b) || b - a < 2) {
            return false;
        }
        for (int i = a; i < b; i++) {
            if (cues.isResearchWord(words.get(i).lower())) {
                return false; // "Gulf Peace Studies Institute": a research body
            }
        }
        String first = words.get(a).lower();
        if (cues.isPublicWord(first) || cues.isDemonym(first)) {
            return true;
        }
        Optional<AliasIndex.Match> m = gazetteers.names().longestAt(words, a);
        return m.isPresent() && m.get().to() < head && m.get().keys().stream().anyMatch(k ->
                gazetteers.entry(k).map(e -> e.type() == EntityType.REGION).orElse(false));
    }

    /** Whether words {@code [a, b)}, a force's name, name a state's force (see the class comment). */
    boolean statesForce(List<Word> words, int a, int b) {
        int rest = a + stateNameLength(words, a);
        boolean generic = true;
        for (int i = a; i < b; i++) {
            String w = words.get(i).lower();
            if (cues.isStateWord(w)) {
                return true;
            }
            if (i >= rest && !cues.isForceWord(w) && !ProperNounLayer.isConnector(words.get(i))) {
                generic = false;
            }
        }
        return generic;
    }

    /** The length of a country's name or adjective that opens the name ("Kenyan", "Tanzania"), else 0. */
    private int stateNameLength(List<Word> words, int a) {
        if (cues.isDemonym(words.get(a).lower())) {
            return 1;
        }
        Optional<AliasIndex.Match> m = gazetteers.names().longestAt(words, a);
        if (m.isPresent() && m.get().keys().stream().anyMatch(k ->
                gazetteers.entry(k).map(e -> e.type() == EntityType.COUNTRY).orElse(false))) {
            return m.get().to() - a;
        }
        return 0;
    }
}
