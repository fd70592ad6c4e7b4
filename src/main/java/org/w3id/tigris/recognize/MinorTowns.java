package org.w3id.tigris.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Towns under the world table's cut ({@link MinorTownTable}), read safely. There are tens of
 * thousands, and their names are often other things' names, so a town is taken only where the
 * text supports a place reading and the document agrees:
 * <ul>
 *   <li>the text spells it as GeoNames does (transliteration folding turns no word into a town);</li>
 *   <li>a preposition of place stands before it ("in", "near", "north of", "the village of"), a
 *       kind word after it ("Batibo town", "Kupwara district"), or it opens a wire's dateline;</li>
 *   <li>the document names its country, or a place or region of that country;</li>
 *   <li>it passes the place layer's proper-noun checks (no stopword, demonym, title, and a given
 *       name only after a preposition), and no longer name of the document holds the word
 *       ("Sanchez" after "Pedro Sanchez" is the man).</li>
 * </ul>
 * English words and given names were left out of the table when it was derived.
 */
final class MinorTowns {
    private final Gazetteers gazetteers;
    private final PlaceLayer places;

    MinorTowns(Gazetteers gazetteers, PlaceLayer places) {
        this.gazetteers = gazetteers;
        this.places = places;
    }

    /** The town spelled as written at word {@code i}, whatever the context. */
    Optional<AliasIndex.Match> spelledAt(List<Word> words, int i) {
        return gazetteers.towns().index().longestAt(words, i).filter(AliasIndex.Match::spelledAsWritten);
    }

    /**
     * The towns the document reads with support somewhere: one town is one place throughout,
     * so its other uses ("rural Tibu", "Tibu and El Tarra", a headline) are that town too.
     */
    Set<String> supportedInDocument(Candidates candidates, Set<String> countries, Set<String> nameWords) {
        Set<String> keys = new HashSet<>();
        for (ScannedSentence s : candidates.sentences()) {
            for (int i = 0; i < s.words().size(); i++) {
                if (!candidates.covered(s.index(), i)) {
                    at(s, i, countries, nameWords, Set.of(), candidates).flatMap(Candidate::key).ifPresent(keys::add);
                }
            }
        }
        return keys;
    }

    /**
     * The town read at word {@code i}, when the text and the document support it, or when the
     * document reads it with support elsewhere ({@code supported}).
     */
    Optional<Candidate> at(ScannedSentence s, int i, Set<String> countries, Set<String> nameWords,
                           Set<String> supported, Candidates candidates) {
        if (s.titleCase() && supported.isEmpty()) {
            return Optional.empty(); // a headline capitalises every word
        }
        List<Word> words = s.words();
        Optional<AliasIndex.Match> found = spelledAt(words, i);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AliasIndex.Match m = found.get();
        if (candidates.anyCovered(s.index(), m.from(), m.to()) || !places.plausible(s, m, gazetteers.cues())) {
            return Optional.empty();
        }
        if (m.to() - m.from() == 1 && nameWords.contains(words.get(m.from()).key())) {
            return Optional.empty();
        }
        GazetteerEntry town = places.best(m.keys(), countries);
        boolean elsewhere = supported.contains(town.key());
        if (s.titleCase() && !elsewhere) {
            return Optional.empty(); // a headline capitalises every word
        }
        if (!elsewhere && (!town.country().map(countries::contains).orElse(false) || !supported(s, m))) {
            return Optional.empty();
        }
        int from = PlaceLayer.withArticle(s, m.from(), candidates);
        return Optional.of(new Candidate(s.index(), from, m.to(), words.get(from).begin(),
                words.get(m.to() - 1).end(), EntityType.CITY, PlaceLayer.LAYER, Optional.of(town.key())));
    }

    private boolean supported(ScannedSentence s, AliasIndex.Match m) {
        List<Word> words = s.words();
        if (places.afterLocative(s, m.from())) {
            // "the village of X", "north of X"; but "Cape of Good Hope", "Bank of X" are longer names
            return !(words.get(m.from() - 1).lower().equals("of") && m.from() >= 2
                    && words.get(m.from() - 2).isCapitalized());
        }
        if (DatelinePlaces.ledeDateline(s, m)) {
            return true;
        }
        if (m.to() < words.size()) {
            Word next = words.get(m.to());
            return next.gapBefore() == Word.Gap.SPACE && !next.isCapitalized()
                    && gazetteers.cues().suffix(next.lower()) != null
                    && gazetteers.cues().suffix(next.lower()).isLocation(); // "Batibo town", "Kupwara district"
        }
        return false;
    }

    /**
     * Words of the document that stand inside a longer proper name ("Pedro Sanchez"): alone
     * elsewhere, such a word is that name said short, not a town.
     */
    static Set<String> nameWords(Candidates candidates, CueWords cues) {
        Set<String> out = new HashSet<>();
        for (ScannedSentence s : candidates.sentences()) {
            if (s.titleCase()) {
                continue;
            }
            List<Word> words = s.words();
            for (int j = 0; j < words.size(); j++) {
                if (words.get(j).isCapitalized() && PlaceLayer.insideLongerName(words, j, j + 1, cues)) {
                    out.add(words.get(j).key());
                }
            }
        }
        return out;
    }
}
