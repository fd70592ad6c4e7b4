package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A capital that a document names only as an actor ("Tehran denied", "backed by Tehran",
 * "talks between Washington and Tehran") stands for its state in every mention of that
 * document; one the document also names as a place ("in Tehran", "south of Baghdad", a
 * "TEHRAN -" dateline) stays the city in every mention. One name, one role, one document:
 * a reader and the gold annotations treat it so, and two entities under one name would each
 * be half right.
 */
final class CapitalMetonymy {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "around",
            "into", "toward", "towards", "across", "via", "inside", "within", "reached", "entered", "visited",
            "visiting", "visit", "visits", "over", "above", "through");
    /** Nouns before "of": "south of Baghdad", "the outskirts of Damascus". */
    private static final Set<String> PART_OF = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "centre", "center", "heart", "streets", "suburbs", "residents",
            "city", "mayor", "governor", "people", "edge", "skies", "downtown", "district", "districts",
            "neighbourhood", "neighborhood", "suburb", "area", "areas", "part", "parts", "province", "countryside");
    /** Nouns after the name: "Tehran province", "Baghdad airport", "Damascus residents". */
    private static final Set<String> PLACE_AFTER = Set.of("province", "governorate", "airport", "city", "district",
            "residents", "streets", "countryside", "suburbs", "neighbourhood", "neighborhood", "outskirts", "based");

    private final Gazetteers gazetteers;

    CapitalMetonymy(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        Map<String, List<Candidate>> byCapital = new LinkedHashMap<>();
        for (Candidate c : candidates.inOrder()) {
            c.key().filter(k -> gazetteers.metonym(k).isPresent())
                    .ifPresent(k -> byCapital.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        byCapital.forEach((capital, mentions) -> {
            if (mentions.stream().anyMatch(c -> isPlace(candidates, c))) {
                return;
            }
            String actor = gazetteers.metonym(capital).orElseThrow();
            EntityType type = gazetteers.entry(actor).orElseThrow().type();
            mentions.forEach(c -> candidates.replace(c.asMetonym(actor, type)));
        });
    }

    private static boolean isPlace(Candidates candidates, Candidate c) {
        ScannedSentence s = candidates.sentences().get(c.sentence());
        List<Word> words = s.words();
        Word first = words.get(c.from());
        if (c.from() == 0 && first.isAllCaps() && first.folded().length() > 3) {
            return true; // a "BAGHDAD, March 3 -" dateline
        }
        Optional<Word> before = c.from() > 0 ? Optional.of(words.get(c.from() - 1)) : Optional.empty();
        if (before.isPresent() && LOCATIVE.contains(before.get().lower())) {
            return true;
        }
        if (before.isPresent() && before.get().lower().equals("of") && c.from() > 1
                && PART_OF.contains(words.get(c.from() - 2).lower())) {
            return true;
        }
        return c.to() < words.size() && PLACE_AFTER.contains(words.get(c.to()).lower());
    }
}
