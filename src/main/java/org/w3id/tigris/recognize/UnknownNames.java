package org.w3id.tigris.recognize;

import java.util.List;
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

    record Typed(EntityType type, double confidence) {
    }
}
