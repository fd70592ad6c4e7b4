package org.w3id.tigris.annotate;

import org.w3id.tigris.lexicon.TsvResource;
import java.util.HashMap;
import java.util.Map;

/**
 * Abbreviations after which the sentence detector's split is undone
 * (from {@code annotate/abbreviations.tsv}). Immutable.
 */
final class Abbreviations {
    static final String RESOURCE = "annotate/abbreviations.tsv";

    private enum Kind { TITLE, NUMBER, INNER }

    private final Map<String, Kind> kinds;

    private Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    static Abbreviations load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 2))
            kinds.put(row[0], Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)));
        return new Abbreviations(kinds);
    }

    /**
     * Whether a sentence piece ending with {@code lastWord} continues into the next piece,
     * whose first character is {@code next}.
     */
    boolean continues(String lastWord, char next) {
        if (Character.isLowerCase(next))
            return true;
        Kind kind = kinds.get(lastWord);
        if (kind == null)
            return false;
        return switch (kind) {
            case TITLE, INNER -> true;
            case NUMBER -> Character.isDigit(next);
        };
    }
}
