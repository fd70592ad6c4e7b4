package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Layer 1: the curated gazetteer. The longest known name wins at each word; among the
 * entries one name denotes, an actor beats a place and a place beats a bare institution name.
 * Two refinements: a capital standing for its state as the subject of a verb ("Washington
 * said") names the state, and an organization followed by "headquarters" (or preceded by
 * "the headquarters of") names its headquarters, a facility.
 */
final class GazetteerLayer {
    static final String LAYER = "gazetteer";
    private static final Set<String> HEADQUARTERS = Set.of("headquarters", "hq", "headquarter");

    private final Gazetteers gazetteers;

    GazetteerLayer(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
    }

    void apply(Candidates candidates) {
        for (ScannedSentence s : candidates.sentences()) {
            List<Word> words = s.words();
            int i = 0;
            while (i < words.size()) {
                int placeEnd = PlaceLayer.placeAroundCountry(gazetteers, words, i);
                if (placeEnd > i) {
                    i = placeEnd; // left to the place layer
                    continue;
                }
                Optional<AliasIndex.Match> match = gazetteers.names().longestAt(words, i);
                if (match.isEmpty()) {
                    i++;
                    continue;
                }
                AliasIndex.Match m = match.get();
                if (insidePersonName(words, m) || startsAnotherPersonName(words, m) || derivedInsideName(s, m)
                        || mastheadOpeningLongerName(words, m)
                        || PlaceLayer.betterSpelledPlace(gazetteers, words, m) || m.to() - m.from() == 1 && PlaceLayer.afterNameParticle(words,
                        m.from()) && m.keys().stream().allMatch(k -> gazetteers.entry(k).map(e -> e.type().isLocation()).orElse(false))) {
                    i++;
                    continue;
                }
                String key = choose(m.keys());
                int possessor = possessorEnd(words, m);
                if (possessor > 0) {
                    candidates.add(metonym(s, candidate(s, m.from(), possessor,
                            choose(gazetteers.names().longestAt(words.subList(0, possessor), m.from()).orElseThrow().keys()))));
                    candidates.add(headquarters(s, candidate(s, possessor, m.to(), key)));
                    i = m.to();
                    continue;
                }
                EntityType type = gazetteers.entry(key).map(GazetteerEntry::type).orElse(null);
                boolean place = type == EntityType.CITY || type == EntityType.REGION || type == EntityType.FACILITY;
                Candidate c = candidate(s, place ? PlaceLayer.withArticle(s, m.from(), candidates) : m.from(), m.to(), key);
                candidates.add(regionOfCity(s, headquarters(s, metonym(s, c)), gazetteers.cues()));
                i = Math.max(m.to(), candidates.at(s.index(), m.from()).map(Candidate::to).orElse(m.to()));
            }
        }
    }

    /**
     * A short name of a derived world entry ("Chad", "Georgia", "Jordan") inside a longer
     * proper name ("Chad Daniels", "Georgia Meloni") is part of that name; or at the start of
     * a headline-cased or sentence-initial run of capitals it is left to the later layers too.
     */
    private boolean derivedInsideName(ScannedSentence s, AliasIndex.Match m) {
        if (m.to() - m.from() != 1 || !m.keys().stream().allMatch(gazetteers::derived) || s.titleCase()) {
            return false;
        }
        return PlaceLayer.insideLongerName(s.words(), m.from(), m.to(), gazetteers.cues());
    }

    /**
     * "The National Police", "The National Human Rights Defense Network": a masthead of "The" and
     * one word ("The National") that capitalised words go on from opens another body's name.
     */
    private boolean mastheadOpeningLongerName(List<Word> words, AliasIndex.Match m) {
        if (m.to() - m.from() != 2 || m.to() >= words.size() || !words.get(m.from()).lower().equals("the")) {
            return false;
        }
        Word next = words.get(m.to());
        return next.gapBefore() == Word.Gap.SPACE && next.isCapitalized() && !gazetteers.cues().isStopword(next.lower());
    }

    /** "Abdul-Malik al-Houthi": a one-word name right after a name's "al-" is that person's surname. */
    private boolean insidePersonName(List<Word> words, AliasIndex.Match m) {
        if (startsWithArticleAfterAName(words, m)) {
            return true;
        }
        if (m.to() - m.from() != 1 || m.from() < 2 || words.get(m.from()).gapBefore() != Word.Gap.HYPHEN) {
            return false;
        }
        Word article = words.get(m.from() - 1);
        Word name = words.get(m.from() - 2);
        boolean isArticle = article.lower().equals("al") || article.lower().equals("el");
        return isArticle && article.gapBefore().joinsChunk() && name.isCapitalized()
                && !gazetteers.cues().isStopword(name.lower());
    }

    /**
     * "Sheikh Kadhim al-Maliki": a person's alias written with its article ("al-Maliki") right
     * after another given name is that other person's surname, not the known person.
     */
    private boolean startsWithArticleAfterAName(List<Word> words, AliasIndex.Match m) {
        if (m.from() < 1 || m.to() - m.from() != 2 || m.to() > words.size()) {
            return false;
        }
        Word article = words.get(m.from());
        boolean isArticle = article.lower().equals("al") || article.lower().equals("el");
        if (!isArticle || words.get(m.from() + 1).gapBefore() != Word.Gap.HYPHEN
                || m.keys().stream().anyMatch(k -> k.startsWith(Gazetteers.INSTITUTION_PREFIX)
                        || gazetteers.entry(k).orElseThrow().type() != EntityType.PERSON)) {
            return false;
        }
        Word name = words.get(m.from() - 1);
        CueWords cues = gazetteers.cues();
        return article.gapBefore() == Word.Gap.SPACE && name.isCapitalized() && !cues.isStopword(name.lower())
                && !cues.isRole(name.lower()) && cues.titleLength(words, m.from() - 1, m.from()) == 0;
    }

    /**
     * "Asaad al-Eidani", "Kani Masi": a one-word person alias that matched only after
     * transliteration folding ("Assad", "Qaani") and that a name goes on from is part of some
     * other name, not the known person. Skipping it leaves the whole name to the proper-noun
     * layer. A surname as the gazetteer spells it ("Sudani met ...") is still the person.
     */
    private boolean startsAnotherPersonName(List<Word> words, AliasIndex.Match m) {
        if (m.to() - m.from() != 1 || m.to() >= words.size()
                || m.keys().stream().anyMatch(k -> k.startsWith(Gazetteers.INSTITUTION_PREFIX))) {
            return false;
        }
        boolean person = m.keys().stream().allMatch(k -> gazetteers.entry(k).orElseThrow().type() == EntityType.PERSON);
        boolean place = m.keys().stream().allMatch(k -> gazetteers.entry(k).orElseThrow().type().isLocation());
        if (place && !person) {
            // "Muthanna al-Karbouli": a province's name as someone's given name
            return followedByAlSurname(words, m.to());
        }
        if (!person) {
            return false;
        }
        if (followedByAlSurname(words, m.to())) {
            return true;
        }
        Word next = words.get(m.to());
        return next.gapBefore() == Word.Gap.SPACE && next.isCapitalized() && !next.isAllCaps()
                && !gazetteers.cues().isStopword(next.lower())
                && !spelledAsListed(words.get(m.from()), m.keys());
    }

    /** " al-Karbouli" right after word {@code to - 1}: the rest of a person's name. */
    static boolean followedByAlSurname(List<Word> words, int to) {
        if (to + 1 >= words.size()) {
            return false;
        }
        Word article = words.get(to);
        Word surname = words.get(to + 1);
        boolean isArticle = article.lower().equals("al") || article.lower().equals("el");
        return isArticle && article.gapBefore() == Word.Gap.SPACE && surname.gapBefore() == Word.Gap.HYPHEN
                && surname.isCapitalized();
    }

    /** Whether the word is one of the entries' names as listed, case and diacritics aside. */
    private boolean spelledAsListed(Word word, List<String> keys) {
        String written = word.lower();
        for (String key : keys) {
            GazetteerEntry e = gazetteers.entry(key).orElseThrow();
            if (Stream.concat(Stream.of(e.label()), e.aliases().stream())
                    .anyMatch(a -> NameNormalizer.fold(a).toLowerCase(Locale.ROOT).equals(written))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kermanshah province" where the gazetteer knows only the city: the province, a region no
     * gazetteer entry names (its id comes from the name). Likewise a facility named for its town
     * ("Kalemie displacement camp", "Walikale general hospital"): the facility, not the town.
     */
    static Candidate regionOfCity(ScannedSentence s, Candidate c, CueWords cues) {
        if (c.type() != EntityType.CITY || c.to() >= s.words().size()) {
            return c;
        }
        for (int n = 2; n >= 1; n--) {
            if (c.to() + n > s.words().size())
                continue;
            StringBuilder kind = new StringBuilder();
            boolean lower = true;
            for (int k = c.to(); k < c.to() + n; k++) {
                Word w = s.words().get(k);
                lower &= w.gapBefore() == Word.Gap.SPACE && !w.isCapitalized();
                kind.append(k == c.to() ? "" : " ").append(w.lower());
            }
            EntityType type = lower ? cues.suffix(kind.toString()) : null;
            if (type == EntityType.REGION || type == EntityType.FACILITY) {
                Word last = s.words().get(c.to() + n - 1);
                return new Candidate(c.sentence(), c.from(), c.to() + n, c.begin(), last.end(), type,
                        ProperNounLayer.LAYER, java.util.Optional.empty());
            }
        }
        return c;
    }

    /**
     * "Iraq's foreign ministry" names Iraq and its ministry: when a match runs across a
     * possessive and the words before it are a name of their own, the index of the word after
     * the possessive (where the second name starts), else 0.
     */
    private int possessorEnd(List<Word> words, AliasIndex.Match m) {
        for (int p = m.from() + 1; p < m.to(); p++) {
            if (words.get(p).gapBefore() == Word.Gap.POSSESSIVE) {
                Optional<AliasIndex.Match> owner = gazetteers.names().longestAt(words.subList(0, p), m.from());
                boolean whole = owner.isPresent() && owner.get().to() == p
                        && owner.get().keys().stream().noneMatch(k -> k.startsWith(Gazetteers.INSTITUTION_PREFIX));
                return whole ? p : 0;
            }
        }
        return 0;
    }

    private Candidate candidate(ScannedSentence s, int from, int to, String key) {
        List<Word> words = s.words();
        EntityType type;
        if (key.startsWith(Gazetteers.INSTITUTION_PREFIX)) {
            type = gazetteers.institutionType(key.substring(Gazetteers.INSTITUTION_PREFIX.length())).orElseThrow();
        } else {
            type = gazetteers.entry(key).orElseThrow().type();
        }
        return new Candidate(s.index(), from, to, words.get(from).begin(), words.get(to - 1).end(), type, LAYER,
                Optional.of(key));
    }

    /** Actors first, then countries, regions, facilities, cities; bare institution names last. */
    private String choose(List<String> keys) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String k : keys) {
            int rank = rank(k);
            if (rank < bestRank) {
                best = k;
                bestRank = rank;
            }
        }
        return best;
    }

    private int rank(String key) {
        if (key.startsWith(Gazetteers.INSTITUTION_PREFIX)) {
            return 10;
        }
        return switch (gazetteers.entry(key).orElseThrow().type()) {
            case PERSON, ARMED_GROUP, GOVERNMENT_BODY, ORGANIZATION -> 0;
            case COUNTRY -> 1;
            case REGION -> 2;
            case FACILITY -> 3;
            case CITY -> 4;
        };
    }

    private Candidate metonym(ScannedSentence s, Candidate c) {
        if (c.key().isEmpty() || c.to() >= s.words().size()) {
            return c;
        }
        Optional<String> actor = gazetteers.subjectMetonym(c.key().get());
        Word next = s.words().get(c.to());
        if (actor.isPresent() && next.gapBefore() == Word.Gap.SPACE && s.isVerb(c.to())) {
            return c.asMetonym(actor.get(), gazetteers.entry(actor.get()).orElseThrow().type());
        }
        return c;
    }

    private Candidate headquarters(ScannedSentence s, Candidate c) {
        if (c.key().isEmpty() || c.isBareInstitution()) {
            return c;
        }
        String hqKey = c.key().get() + Gazetteers.HEADQUARTERS_SUFFIX;
        if (gazetteers.entry(hqKey).isEmpty()) {
            return c;
        }
        List<Word> words = s.words();
        if (c.to() < words.size() && HEADQUARTERS.contains(words.get(c.to()).lower())
                && words.get(c.to()).gapBefore().joinsName()) {
            Word hq = words.get(c.to());
            return new Candidate(s.index(), c.from(), c.to() + 1, c.begin(), hq.end(), EntityType.FACILITY, LAYER,
                    Optional.of(hqKey));
        }
        // "the headquarters of (the) Hezbollah"
        int i = c.from() - 1;
        if (i >= 1 && words.get(i).lower().equals("the") && words.get(i - 1).lower().equals("of")) {
            i--;
        }
        if (i >= 1 && words.get(i).lower().equals("of") && HEADQUARTERS.contains(words.get(i - 1).lower())) {
            Word hq = words.get(i - 1);
            return new Candidate(s.index(), i - 1, c.to(), hq.begin(), c.end(), EntityType.FACILITY, LAYER,
                    Optional.of(hqKey));
        }
        return c;
    }
}
