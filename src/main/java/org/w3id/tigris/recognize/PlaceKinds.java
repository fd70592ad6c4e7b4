package org.w3id.tigris.recognize;

import java.util.List;

/**
 * A known place with the kind of place written after it ("Lac province", "Gedo region",
 * "Bannu city") is named by both words: the kind belongs to the mention, as it does to a
 * name no gazetteer knows, and the entity stays the known place. A kind of another type
 * ("Bannu district" after the city Bannu) names another place, and is left out.
 */
final class PlaceKinds {
    private final Gazetteers gazetteers;

    PlaceKinds(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        for (Candidate c : candidates.inOrder()) {
            if (c.key().isEmpty() || !(c.type() == EntityType.CITY || c.type() == EntityType.REGION)) {
                continue;
            }
            List<Word> words = candidates.sentences().get(c.sentence()).words();
            if (c.to() >= words.size() || candidates.covered(c.sentence(), c.to())) {
                continue;
            }
            Word next = words.get(c.to());
            if (next.gapBefore() != Word.Gap.SPACE || next.isCapitalized()
                    || gazetteers.placeKind(next.lower()).filter(t -> t == c.type()).isEmpty()) {
                continue;
            }
            candidates.remove(c);
            candidates.add(new Candidate(c.sentence(), c.from(), c.to() + 1, c.begin(), next.end(), c.type(),
                    c.layer(), c.key(), c.confidence()));
        }
    }
}
