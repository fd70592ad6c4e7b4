package org.w3id.tigris.recognize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a bare institution name ("the foreign ministry", "the office of Prime Minister") to
 * a country: the country of the name right after it ("office of Prime Minister Mohammed
 * Shia al-Sudani"), else of the nearest actor or place before it in the same article, else the
 * country the document names most. Unbound names are dropped: a wrong ministry is worse than none.
 */
final class InstitutionContext {
    private static final int NEXT_WORDS = 2;

    private final Gazetteers gazetteers;

    InstitutionContext(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        List<Candidate> all = candidates.inOrder();
        Optional<String> documentCountry = mostNamedCountry(all);
        for (int i = 0; i < all.size(); i++) {
            Candidate c = all.get(i);
            if (!c.isBareInstitution()) {
                continue;
            }
            String institution = c.key().get().substring(Gazetteers.INSTITUTION_PREFIX.length());
            Optional<Candidate> possessor = possessor(candidates, all, i);
            if (possessor.isPresent() && !isCountry(possessor.get())) {
                // "the KRG's Ministry of Interior" is the regional government's, not Iraq's
                candidates.remove(c);
                continue;
            }
            Optional<String> country = Optional.empty();
            if (i + 1 < all.size()) {
                Candidate next = all.get(i + 1);
                if (next.sentence() == c.sentence() && next.from() - c.to() <= NEXT_WORDS) {
                    country = countryOf(next);
                }
            }
            for (int j = i - 1; j >= 0 && country.isEmpty(); j--) {
                Candidate prev = all.get(j);
                if (article(candidates, prev) != article(candidates, c)) {
                    break;
                }
                country = countryOf(prev);
            }
            if (country.isEmpty()) {
                country = documentCountry;
            }
            candidates.remove(c);
            Optional<String> key = country.flatMap(x -> gazetteers.institutionKey(institution, x));
            key.ifPresent(k -> candidates.add(c.withKey(k, gazetteers.entry(k).orElseThrow().type())));
        }
    }

    /** The name right before {@code all[i]} with a possessive 's: "Iraq's", "the KRG's". */
    private static Optional<Candidate> possessor(Candidates candidates, List<Candidate> all, int i) {
        if (i == 0) {
            return Optional.empty();
        }
        Candidate c = all.get(i);
        Candidate prev = all.get(i - 1);
        Word first = candidates.sentences().get(c.sentence()).words().get(c.from());
        boolean adjacent = prev.sentence() == c.sentence() && prev.to() == c.from();
        return adjacent && first.gapBefore() == Word.Gap.POSSESSIVE ? Optional.of(prev) : Optional.empty();
    }

    private boolean isCountry(Candidate c) {
        return c.key().flatMap(gazetteers::entry).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
    }

    private static int article(Candidates candidates, Candidate c) {
        return candidates.sentences().get(c.sentence()).article();
    }

    private Optional<String> countryOf(Candidate c) {
        if (c.isBareInstitution()) {
            return Optional.empty();
        }
        return c.key().flatMap(gazetteers::entry).flatMap(GazetteerEntry::country);
    }

    private Optional<String> mostNamedCountry(List<Candidate> all) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : all) {
            countryOf(c).ifPresent(x -> counts.merge(x, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
