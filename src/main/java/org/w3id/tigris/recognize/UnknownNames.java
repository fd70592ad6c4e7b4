package org.w3id.tigris.recognize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.w3id.tigris.recognize.typing.NameInContext;
import org.w3id.tigris.recognize.typing.NameTyper;

/**
 * Types a proper-noun chunk that no gazetteer knows and no cue word types, by the name typer:
 * the name's own words and the words around it in its sentence decide, not a default.
 */
final class UnknownNames {
    private final NameTyper typer;

    UnknownNames(NameTyper typer) {
        this.typer = typer;
    }

    /** The type of words {@code [from, to)} of the sentence, with the typer's confidence. */
    Typed type(ScannedSentence s, int from, int to) {
        List<Word> words = s.words();
        NameInContext name = NameInContext.in(s.documentText(), words.get(from).begin(), words.get(to - 1).end(),
                s.sentence().begin(), s.sentence().end());
        NameTyper.Typing t = typer.type(name);
        return new Typed(EntityType.fromLocalName(t.type()), t.confidence());
    }

    /**
     * The document's own evidence outweighs the typer's guess. A name the typer typed takes the
     * type a cue or a gazetteer gave the same name elsewhere in the document ("Al-Shabaab
     * militants" makes every "Al-Shabaab" a group), and a lone word that is, particles aside,
     * the surname of a person the document names is that person ("Al-Rikabi" after
     * "Muntadhar al-Rikabi"), as are the last two words of a three-word name (Spanish names
     * carry two surnames).
     */
    void agreeWithTheDocument(Candidates candidates) {
        Map<List<String>, EntityType> typed = new HashMap<>();
        Set<List<String>> conflicting = new HashSet<>();
        Set<List<String>> surnames = new HashSet<>();
        for (Candidate c : candidates.inOrder()) {
            List<String> keys = keys(candidates, c);
            if (keys.isEmpty() || c.layer().equals(Mention.METONYM_LAYER)) {
                continue;
            }
            if (c.type() == EntityType.PERSON && keys.size() >= 2) {
                surnames.add(List.of(keys.get(keys.size() - 1)));
            }
            if (c.type() == EntityType.PERSON && keys.size() >= 3) {
                surnames.add(keys.subList(keys.size() - 2, keys.size())); // "Garcia Harfuch": two surnames
            }
            if (c.confidence().isPresent()) {
                continue;
            }
            if (typed.containsKey(keys) && typed.get(keys) != c.type()) {
                conflicting.add(keys);
            }
            typed.putIfAbsent(keys, c.type());
        }
        surnames.forEach(k -> typed.putIfAbsent(k, EntityType.PERSON));
        conflicting.forEach(typed::remove);
        for (Candidate c : candidates.inOrder()) {
            EntityType type = c.confidence().isPresent() ? typed.get(keys(candidates, c)) : null;
            if (type != null && type != c.type()) {
                candidates.replace(new Candidate(c.sentence(), c.from(), c.to(), c.begin(), c.end(), type,
                        c.layer(), c.key(), OptionalDouble.empty()));
            }
        }
    }

    /** The candidate's word keys, the article particles ("al-", "el-") left out. */
    private static List<String> keys(Candidates candidates, Candidate c) {
        return candidates.sentences().get(c.sentence()).words().subList(c.from(), c.to()).stream()
                .filter(w -> !w.lower().equals("al") && !w.lower().equals("el")).map(Word::key).toList();
    }

    record Typed(EntityType type, double confidence) {
    }
}
