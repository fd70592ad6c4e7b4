package org.w3id.tigris.recognize;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Layer 2: places from GeoNames. A place name must be capitalised, must not be part of a
 * longer proper name ("Falih Hassan" is a person, not the Indian city of Hassan), must not be
 * an ordinary word, and a given name needs a preposition of place before it. In headlines,
 * where every word is capitalised, only well-known places are taken. Among places sharing a
 * name, one in a country the document mentions wins, then one in the region, then the most
 * important (capital, seat, population). Where no such place is named, a town under the world
 * table's cut may be ({@link MinorTowns}).
 */
final class PlaceLayer {
    static final String LAYER = "geonames";
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "outside", "around",
            "into", "toward", "towards", "across", "via", "of", "inside", "entered", "reached");
    private static final Set<String> FUNCTION_TAGS = Set.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "VERB",
            "ADV", "PART", "NUM", "INTJ");
    /** Lower-case words inside place names of many languages. */
    private static final Set<String> PARTICLES = Set.of("de", "del", "da", "do", "dos", "das", "du", "des", "la",
            "le", "les", "el", "al", "au", "aux", "y", "e", "di", "sur", "sul", "en", "on", "upon", "ul", "wal");
    private static final Set<String> ROMANCE_PARTICLES = Set.of("de", "del", "da", "do", "dos", "das", "du", "des",
            "di", "y");
    private static final long HEADLINE_POPULATION_IN_REGION = 10_000;
    private static final long HEADLINE_POPULATION_ELSEWHERE = 500_000;
    /**
     * Towns outside the region smaller than this (GeoNames keeps them down to 15,000) are many,
     * and many bear ordinary words' names ("Manage", "Meridian"): such a town is taken only
     * after a preposition of place or when the document names its country.
     */
    private static final long SMALL_TOWN_ELSEWHERE = 100_000;

    private final Gazetteers gazetteers;
    private final MinorTowns towns;

    PlaceLayer(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.towns = new MinorTowns(gazetteers, this);
    }

    void apply(Candidates candidates) {
        Set<String> countries = mentionedCountries(candidates);
        CueWords cues = gazetteers.cues();
        Set<String> nameStarts = nameStarts(candidates, cues);
        Set<String> nameWords = MinorTowns.nameWords(candidates, cues);
        Set<String> townsOfDocument = towns.supportedInDocument(candidates, countries, nameWords);
        for (ScannedSentence s : candidates.sentences()) {
            List<Word> words = s.words();
            for (int i = 0; i < words.size(); i++) {
                if (candidates.covered(s.index(), i)) {
                    continue;
                }
                Optional<AliasIndex.Match> match = gazetteers.places().longestAt(words, i);
                if (match.isEmpty() || townSpelledAsWritten(words, match.get())) {
                    // a town spelled as written is that town, never a place merely spelled alike
                    Optional<Candidate> town = towns.at(s, i, countries, nameWords, townsOfDocument, candidates);
                    if (town.isPresent()) {
                        candidates.add(GazetteerLayer.regionOfCity(s, town.get(), cues));
                        i = town.get().to() - 1;
                    }
                    continue;
                }
                AliasIndex.Match m = match.get();
                if (candidates.anyCovered(s.index(), m.from(), m.to()) || !plausible(s, m, cues)) {
                    continue;
                }
                GazetteerEntry place = best(m.keys(), countries);
                if (s.titleCase() && !wellKnown(place)) {
                    continue;
                }
                if (smallTownOutOfContext(s, m, place, countries)) {
                    continue;
                }
                if (m.to() - m.from() == 1 && nameStarts.contains(words.get(m.from()).key()) && !wellKnown(place)) {
                    continue; // "told Meridian" after "Meridian Press Agency": the agency's short name, not a town
                }
                int from = withArticle(s, m.from(), candidates);
                candidates.add(GazetteerLayer.regionOfCity(s, new Candidate(s.index(), from, m.to(),
                        words.get(from).begin(), words.get(m.to() - 1).end(), place.type(), LAYER,
                        Optional.of(place.key())), cues));
                i = m.to() - 1;
            }
        }
    }

    /** A match by folding only ("Tekh" for "Tegh") where a minor town is spelled as written, as long. */
    private boolean townSpelledAsWritten(List<Word> words, AliasIndex.Match m) {
        return !m.spelledAsWritten() && towns.spelledAt(words, m.from()).filter(t -> t.to() >= m.to()).isPresent();
    }

    boolean plausible(ScannedSentence s, AliasIndex.Match m, CueWords cues) {
        List<Word> words = s.words();
        for (int i = m.from(); i < m.to(); i++) {
            boolean inside = i > m.from() && i < m.to() - 1;
            if (!words.get(i).isCapitalized() && !(inside && PARTICLES.contains(words.get(i).lower()))) {
                return false; // "Norte de Santander", "Port-au-Prince": a particle inside the name is lower case
            }
        }
        Word first = words.get(m.from());
        if (m.to() - m.from() == 1 && FUNCTION_TAGS.contains(s.pos(m.from()))) {
            return false; // "Amid" is a town's old name, and a preposition
        }
        if (m.to() - m.from() == 1) {
            String lower = first.lower();
            if (cues.isStopword(lower) || cues.isDemonym(lower) || first.folded().length() < 3
                    || cues.head(lower) != null || cues.isRole(lower) || cues.titleLength(words, m.from(), m.to()) > 0) {
                return false;
            }
            if (cues.isGivenName(gazetteers.normalizer().canonicalWord(first.folded())) && !afterLocative(s, m.from())) {
                return false;
            }
        }
        // "Jaafar al-Husseini", "Muthanna al-Karbouli": a place's name inside a person's name
        if (m.from() >= 2 && first.gapBefore() == Word.Gap.HYPHEN && isArticle(words.get(m.from() - 1))
                && words.get(m.from() - 1).gapBefore() == Word.Gap.SPACE && words.get(m.from() - 2).isCapitalized()
                && !cues.isStopword(words.get(m.from() - 2).lower())) {
            return false;
        }
        if (m.to() - m.from() == 1 && GazetteerLayer.followedByAlSurname(words, m.to())) {
            return false;
        }
        if (m.from() == 0 && !s.titleCase() && !s.pos(0).equals("PROPN") && !DatelinePlaces.ledeDateline(s, m)) {
            return false;
        }
        if (s.titleCase()) {
            return true;
        }
        return !insideLongerName(words, m.from(), m.to(), cues);
    }

    /** Words {@code [from, to)} are part of a longer proper name ("Chad Daniels", "Niger Delta Avengers"). */
    static boolean insideLongerName(List<Word> words, int from, int to, CueWords cues) {
        if (afterNameParticle(words, from)) {
            return true;
        }
        if (from > 0 && words.get(from).gapBefore().joinsChunk()) {
            Word prev = words.get(from - 1);
            boolean sentenceStartStopword = from - 1 == 0 && cues.isStopword(prev.lower());
            if (prev.isCapitalized() && !sentenceStartStopword && !cues.isStopword(prev.lower())
                    && cues.titleLength(words, from - 1, from) == 0) {
                return true;
            }
        }
        if (to < words.size() && words.get(to).gapBefore().joinsChunk()) {
            Word next = words.get(to);
            return next.isCapitalized() && !cues.isStopword(next.lower()) && cues.head(next.lower()) == null;
        }
        return false;
    }

    /**
     * "near al-Mayadin": the Arabic article written before a place's name belongs to the
     * mention, though the name is listed without it. Returns the word the mention starts at.
     */
    static int withArticle(ScannedSentence s, int from, Candidates candidates) {
        List<Word> words = s.words();
        if (from == 0 || words.get(from).gapBefore() != Word.Gap.HYPHEN) {
            return from;
        }
        Word article = words.get(from - 1);
        boolean isArticle = article.lower().equals("al") || article.lower().equals("el");
        if (!isArticle || candidates.covered(s.index(), from - 1) || article.gapBefore() == Word.Gap.HYPHEN) {
            return from;
        }
        return from - 1;
    }

    private static boolean isArticle(Word w) {
        return w.lower().equals("al") || w.lower().equals("el");
    }

    private boolean smallTownOutOfContext(ScannedSentence s, AliasIndex.Match m, GazetteerEntry place,
                                          Set<String> countries) {
        if (!place.key().startsWith("geonames:") || gazetteers.inRegion(place)
                || place.population() >= SMALL_TOWN_ELSEWHERE) {
            return false;
        }
        return !afterLocative(s, m.from()) && !place.country().map(countries::contains).orElse(false);
    }

    boolean afterLocative(ScannedSentence s, int word) {
        return word > 0 && LOCATIVE.contains(s.words().get(word - 1).lower());
    }

    private boolean wellKnown(GazetteerEntry place) {
        if (!place.key().startsWith("geonames:")) {
            return true;
        }
        long min = gazetteers.inRegion(place) ? HEADLINE_POPULATION_IN_REGION : HEADLINE_POPULATION_ELSEWHERE;
        return place.population() >= min;
    }

    GazetteerEntry best(List<String> keys, Set<String> countries) {
        GazetteerEntry best = null;
        long bestScore = Long.MIN_VALUE;
        for (String k : keys) {
            GazetteerEntry e = gazetteers.entry(k).orElseThrow();
            long score = e.population();
            if (!k.startsWith("geonames:")) {
                score += 1_000_000_000L; // a curated place
            }
            if (e.country().map(countries::contains).orElse(false)) {
                score += 100_000_000_000L;
            }
            if (gazetteers.inRegion(e)) {
                score += 10_000_000_000L;
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * First words of the document's longer names that end in an organisation's head word
     * ("Meridian Press Agency"): alone, such a word is that name said short, unless it is a
     * well-known place.
     */
    private static Set<String> nameStarts(Candidates candidates, CueWords cues) {
        Set<String> starts = new HashSet<>();
        for (ScannedSentence s : candidates.sentences()) {
            if (s.titleCase()) {
                continue;
            }
            List<Word> words = s.words();
            int i = 0;
            while (i < words.size()) {
                while (i < words.size() && cues.isStopword(words.get(i).lower())) {
                    i++; // "The Lakewood Daily News" starts at Lakewood
                }
                int j = i;
                while (j < words.size() && words.get(j).isCapitalized()
                        && (j == i || words.get(j).gapBefore() == Word.Gap.SPACE)) {
                    j++;
                }
                Optional<EntityType> head = j - i >= 2 ? cues.head(words.get(j - 1).lower()) : null;
                if (head != null && head.map(EntityType::isActor).orElse(false)) {
                    starts.add(words.get(i).key());
                }
                i = Math.max(j, i + 1);
            }
        }
        return starts;
    }

    private Set<String> mentionedCountries(Candidates candidates) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : candidates.inOrder()) {
            c.key().filter(k -> !k.startsWith(Gazetteers.INSTITUTION_PREFIX))
                    .flatMap(gazetteers::entry).flatMap(GazetteerEntry::country).ifPresent(countries::add);
        }
        return countries;
    }

    /**
     * "Mexico City", "Port Sudan", "Kuwait City": a place spelled as written that starts at word
     * {@code i} and holds a country's name, longer than any known name there, is that place,
     * not the country. Its end, else {@code i}.
     */
    static int placeAroundCountry(Gazetteers gazetteers, List<Word> words, int i) {
        Optional<AliasIndex.Match> place = gazetteers.places().longestAt(words, i);
        if (place.isEmpty() || !place.get().spelledAsWritten() || place.get().to() - i < 2) {
            return i;
        }
        int end = place.get().to();
        boolean country = false;
        for (int j = i; j < end; j++) {
            Optional<AliasIndex.Match> known = gazetteers.names().longestAt(words, j);
            if (known.isEmpty()) {
                continue;
            }
            if (known.get().to() > end || j == i && known.get().to() == end || !known.get().keys().stream()
                    .allMatch(k -> gazetteers.entry(k).map(e -> e.type() == EntityType.COUNTRY).orElse(false))) {
                return i;
            }
            country = true;
        }
        return country ? end : i;
    }

    /**
     * "Lanao del Sur", "Nioro du Sahel": a word after a particle of a Romance name that follows a
     * capitalised word is the end of that longer name ("Sur" there is not Tyre).
     */
    static boolean afterNameParticle(List<Word> words, int from) {
        if (from < 2 || !words.get(from).gapBefore().joinsChunk() || !words.get(from - 1).gapBefore().joinsChunk()) {
            return false;
        }
        Word particle = words.get(from - 1);
        return !particle.isCapitalized() && ROMANCE_PARTICLES.contains(particle.lower())
                && words.get(from - 2).isCapitalized();
    }

    /**
     * A name matched only by transliteration folding ("Harare" against the Harari region) is
     * not that entry when another real place is spelled exactly as written: one place is
     * never turned into another that is merely spelled alike.
     */
    static boolean betterSpelledPlace(Gazetteers gazetteers, List<Word> words, AliasIndex.Match m) {
        if (m.spelledAsWritten()) {
            return false;
        }
        return gazetteers.places().longestAt(words, m.from())
                .filter(p -> p.to() >= m.to() && p.spelledAsWritten()).isPresent();
    }
}
