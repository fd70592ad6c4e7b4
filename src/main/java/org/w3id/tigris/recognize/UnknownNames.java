package org.w3id.tigris.recognize;

import java.util.HashSet;
import java.util.List;
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
     * "Al-Rikabi" where the document names "Muntadhar al-Rikabi": a name the typer gave another
     * type that is, particles aside, the surname of a person the document names is that
     * person's surname. The document's own evidence outweighs the typer's guess.
     */
    void surnamesOfPeople(Candidates candidates) {
        Set<String> surnames = new HashSet<>();
        for (Candidate c : candidates.inOrder()) {
            if (c.type() == EntityType.PERSON && c.to() - c.from() >= 2) {
                List<String> keys = keys(candidates, c);
                if (!keys.isEmpty()) {
                    surnames.add(keys.get(keys.size() - 1));
                }
            }
        }
        for (Candidate c : candidates.inOrder()) {
            List<String> keys = keys(candidates, c);
            if (c.confidence().isPresent() && c.type() != EntityType.PERSON && keys.size() == 1
                    && surnames.contains(keys.get(0))) {
                candidates.replace(new Candidate(c.sentence(), c.from(), c.to(), c.begin(), c.end(), EntityType.PERSON,
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
