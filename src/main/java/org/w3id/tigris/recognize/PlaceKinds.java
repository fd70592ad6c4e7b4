package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A known place with the kind of place written after it ("Lac province", "Gedo region",
 * "Bannu city") is named by both words: the kind belongs to the mention, as it does to a
 * name no gazetteer knows, and the entity stays the known place. A kind of another type
 * ("Bannu district" after the city Bannu) names another place, and is left out.
 * <p>
 * A plural kind after places joined by "and" or commas ("the Mopti and Segou regions", "the
 * Bannu, Kohat and Karak districts") says what each of them is: a towns' name there is the
 * division named after the town, the division of that name when the gazetteers know it.
 */
final class PlaceKinds {
    private final Gazetteers gazetteers;

    PlaceKinds(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        for (Candidate c : candidates.inOrder()) {
            if (!(c.type() == EntityType.CITY || c.type() == EntityType.REGION)) {
                continue;
            }
            List<Word> words = candidates.sentences().get(c.sentence()).words();
            if (c.to() >= words.size() || candidates.covered(c.sentence(), c.to())) {
                continue;
            }
            Word next = words.get(c.to());
            if (next.gapBefore() != Word.Gap.SPACE || next.isCapitalized()) {
                continue;
            }
            Optional<String> plural = pluralRegionKind(next.lower());
            if (plural.isPresent()) {
                coordinated(candidates, c).forEach(p -> candidates.replace(asRegion(candidates, p, plural.get())));
                continue;
            }
            if (c.key().isEmpty() || gazetteers.placeKind(next.lower()).filter(t -> t == c.type()).isEmpty()) {
                continue;
            }
            candidates.remove(c);
            candidates.add(new Candidate(c.sentence(), c.from(), c.to() + 1, c.begin(), next.end(), c.type(),
                    c.layer(), c.key(), c.confidence()));
        }
    }

    /** "regions" is the plural of the region kind "region"; "cities" is no region's kind. */
    private Optional<String> pluralRegionKind(String lower) {
        String singular = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
        return singular == null || gazetteers.placeKind(singular).filter(t -> t == EntityType.REGION).isEmpty()
                ? Optional.empty() : Optional.of(singular);
    }

    /** The place before the plural kind and the places joined to it by "and", "or" or commas. */
    private static List<Candidate> coordinated(Candidates candidates, Candidate last) {
        List<Candidate> places = new ArrayList<>(List.of(last));
        List<Word> words = candidates.sentences().get(last.sentence()).words();
        Candidate c = last;
        while (true) {
            int joint = c.from() - 1;
            boolean and = joint > 0 && (words.get(joint).lower().equals("and") || words.get(joint).lower().equals("or"));
            int before = and ? joint - 1 : c.from() - 1;
            if (before < 0 || !(and || words.get(c.from()).gapBefore() == Word.Gap.BREAK
                    && candidates.sentences().get(c.sentence()).textBefore(c.from()).trim().equals(","))) {
                return places;
            }
            Optional<Candidate> prev = candidates.at(c.sentence(), before);
            if (prev.isEmpty() || prev.get().to() != before + 1 || !prev.get().type().isLocation()
                    || prev.get().type() == EntityType.COUNTRY) {
                return places;
            }
            c = prev.get();
            places.add(c);
        }
    }

    /** The candidate as the division of its name: the gazetteers' when they know "NAME kind", else a name of its own. */
    private Candidate asRegion(Candidates candidates, Candidate c, String kind) {
        if (c.type() == EntityType.REGION) {
            return c;
        }
        ScannedSentence s = candidates.sentences().get(c.sentence());
        String name = s.documentText().substring(c.begin(), c.end()) + " " + kind;
        List<Word> words = gazetteers.scanner().scan(name, 0, name.length());
        Optional<String> region = gazetteers.places().longestAt(words, 0).or(() -> gazetteers.names().longestAt(words, 0))
                .filter(m -> m.to() == words.size()).stream().flatMap(m -> m.keys().stream())
                .filter(k -> gazetteers.entry(k).filter(e -> e.type() == EntityType.REGION).isPresent()).findFirst();
        return new Candidate(c.sentence(), c.from(), c.to(), c.begin(), c.end(), EntityType.REGION, c.layer(),
                region, c.confidence());
    }
}
