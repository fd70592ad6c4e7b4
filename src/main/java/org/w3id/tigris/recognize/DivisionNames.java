package org.w3id.tigris.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Within one document, a town's name is the division the document names with it: after
 * "Bannu district" or "Tillabéri region", a bare "Bannu" or "Tillabéri" is the division, as
 * the news uses a district's or region's name alone once it has said which it means. Only
 * for towns no curated table knows and divisions no table knows (the propn layer's "X
 * district"): a curated town and its curated division are told apart by the tables.
 */
final class DivisionNames {
    /** The kinds of division the propn layer reads after a name (see {@code name-cues.tsv}). */
    private static final Set<String> KINDS = Set.of("district", "province", "region", "county", "territory",
            "regency", "governorate", "prefecture", "lga");

    void apply(Candidates candidates) {
        Set<List<String>> divided = new HashSet<>();
        for (Candidate c : candidates.inOrder()) {
            List<Word> words = words(candidates, c);
            if (c.type() == EntityType.REGION && c.layer().equals(ProperNounLayer.LAYER) && c.key().isEmpty()) {
                int kind = kindLength(words);
                if (kind > 0 && kind < words.size()) {
                    divided.add(keys(words.subList(0, words.size() - kind)));
                }
            }
        }
        if (divided.isEmpty()) {
            return;
        }
        for (Candidate c : candidates.inOrder()) {
            boolean uncurated = c.key().isEmpty() || c.key().get().startsWith("geonames:");
            if (c.type() == EntityType.CITY && uncurated && divided.contains(keys(words(candidates, c)))) {
                candidates.replace(new Candidate(c.sentence(), c.from(), c.to(), c.begin(), c.end(), EntityType.REGION,
                        ProperNounLayer.LAYER, java.util.Optional.empty()));
            }
        }
    }

    /** How many words at the end name the kind of division: "district", "Local Government Area". */
    private static int kindLength(List<Word> words) {
        int n = words.size();
        if (n >= 3 && keys(words.subList(n - 3, n)).equals(keys("local government area"))) {
            return 3;
        }
        return KINDS.contains(words.get(n - 1).lower()) ? 1 : 0;
    }

    private static List<Word> words(Candidates candidates, Candidate c) {
        return candidates.sentences().get(c.sentence()).words().subList(c.from(), c.to());
    }

    private static List<String> keys(List<Word> words) {
        return words.stream().map(Word::lower).toList();
    }

    private static List<String> keys(String lowerWords) {
        return List.of(lowerWords.split(" "));
    }
}
