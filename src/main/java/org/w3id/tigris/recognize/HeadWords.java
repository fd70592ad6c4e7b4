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
        int head = b - 1;
        for (int i = a + 1; i < b; i++) {
            String l = words.get(i).lower();
            if (l.equals("of") || l.equals("for")) {
                head = i - 1;
                break;
            }
        }
        if (head > a) {
            Optional<EntityType> pair = cues.head(words.get(head - 1).lower() + " " + words.get(head).lower());
            if (pair != null) {
                return pair;
            }
        }
        return cues.head(words.get(head).lower());
    }

    /**
     * The type of a name whose head word is organizational: the head's, an organization a noun
     * before calls a group a group, and an armed group's head on a state's force a government body.
     */
    EntityType organizational(EntityType head, EntityType nounBefore, List<Word> words, int a, int b) {
        EntityType type = head == EntityType.ORGANIZATION && nounBefore == EntityType.ARMED_GROUP
                ? EntityType.ARMED_GROUP : head;
        if (type == EntityType.ARMED_GROUP && (NameNeighbours.numberedFormation(words, a, b) || statesForce(words, a, b))) {
            return EntityType.GOVERNMENT_BODY;
        }
        return type;
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
