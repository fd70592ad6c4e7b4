package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layer 5, within one document: a name found once is found again. Every later (or earlier,
 * e.g. in a headline) use of a multi-word name found by the cue layers, and the bare surname
 * of a person ("Kawtharani" after "Muhammad Kawtharani"), becomes a mention of the same type.
 * Binding the surname to the person is the resolver's work.
 */
final class NamePropagation {
    private record Known(List<String> keys, EntityType type, Optional<String> key) {
    }

    private final Gazetteers gazetteers;

    NamePropagation(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        List<Known> names = new ArrayList<>();
        Map<String, Known> surnames = new HashMap<>();
        for (Candidate c : candidates.inOrder()) {
            if (c.isBareInstitution()) {
                continue;
            }
            List<Word> words = candidates.sentences().get(c.sentence()).words().subList(c.from(), c.to());
            List<String> keys = words.stream().map(Word::key).toList();
            if (!c.layer().equals(GazetteerLayer.LAYER) && !c.layer().equals(PlaceLayer.LAYER) && keys.size() >= 2) {
                names.add(new Known(keys, c.type(), c.key()));
            }
            if (c.type() == EntityType.PERSON && keys.size() >= 2) {
                Word last = words.get(words.size() - 1);
                if (last.folded().length() >= 3 && !gazetteers.cues().isStopword(last.lower())) {
                    surnames.putIfAbsent(last.key(), new Known(List.of(last.key()), EntityType.PERSON, c.key()));
                }
            }
        }
        names.sort((x, y) -> y.keys().size() - x.keys().size());
        for (ScannedSentence s : candidates.sentences()) {
            List<Word> words = s.words();
            for (int i = 0; i < words.size(); i++) {
                if (candidates.covered(s.index(), i) || !words.get(i).isCapitalized()) {
                    continue;
                }
                int matched = matchKnown(candidates, s, i, names);
                if (matched > i) {
                    i = matched - 1;
                    continue;
                }
                Known surname = surnames.get(words.get(i).key());
                if (surname != null && standsAlone(s, i)) {
                    Word w = words.get(i);
                    candidates.add(new Candidate(s.index(), i, i + 1, w.begin(), w.end(), EntityType.PERSON,
                            ProperNounLayer.LAYER, surname.key()));
                }
            }
        }
    }

    private int matchKnown(Candidates candidates, ScannedSentence s, int i, List<Known> names) {
        List<Word> words = s.words();
        for (Known k : names) {
            int n = k.keys().size();
            if (i + n > words.size() || candidates.anyCovered(s.index(), i, i + n)) {
                continue;
            }
            boolean same = true;
            for (int j = 0; j < n && same; j++) {
                Word w = words.get(i + j);
                same = w.key().equals(k.keys().get(j)) && (j == 0 || w.gapBefore().joinsName());
            }
            if (same && words.get(i + n - 1).isCapitalized()) {
                candidates.add(new Candidate(s.index(), i, i + n, words.get(i).begin(), words.get(i + n - 1).end(),
                        k.type(), ProperNounLayer.LAYER, k.key()));
                return i + n;
            }
        }
        return i;
    }

    /** A surname alone: not glued to another capitalised word. */
    private boolean standsAlone(ScannedSentence s, int i) {
        List<Word> words = s.words();
        CueWords cues = gazetteers.cues();
        if (i > 0 && words.get(i).gapBefore().joinsChunk()) {
            Word prev = words.get(i - 1);
            if (prev.isCapitalized() && !cues.isStopword(prev.lower()) && cues.titleLength(words, i - 1, i) == 0
                    && !(i - 1 == 0 && !s.pos(0).equals("PROPN"))) {
                return false;
            }
        }
        if (i + 2 < words.size() && isArticle(words.get(i + 1)) && words.get(i + 2).gapBefore() == Word.Gap.HYPHEN) {
            return false; // "Asaad al-Eidani": the name goes on, it is not a surname standing alone
        }
        if (i + 1 < words.size() && words.get(i + 1).gapBefore().joinsChunk()) {
            Word next = words.get(i + 1);
            return !next.isCapitalized() || cues.isStopword(next.lower());
        }
        return true;
    }

    private static boolean isArticle(Word w) {
        return w.lower().equals("al") || w.lower().equals("el");
    }
}
