package org.w3id.tigris.recognize;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bodies named after their place: "Kosovo Police", "United States Africa Command", "Djibouti
 * Ports and Free Zones Authority", "South Sudan Red Cross". The gazetteers know the place and
 * not the body, so without this layer the place takes the name and the body's words are left
 * over: a police statement would be credited to the country. A place followed by capitalised
 * words that end in a body's head word is one name, of a body no gazetteer knows; so is a
 * region or city followed by a bare institution name ("the Gaza health ministry").
 */
final class PlaceNamedBodies {
    static final String LAYER = "place-body";
    private static final int MAX_WORDS = 6;
    private static final Set<String> STATE_HEADS = Set.of("police", "command", "authority", "ministry", "army", "navy",
            "gendarmerie", "guard", "court", "parliament", "commission", "agency", "directorate", "customs", "service");
    private static final Set<String> SOCIETY_HEADS = Set.of("cross", "crescent");
    private static final Set<String> CONNECTORS = Set.of("and", "of", "for");
    /** Words of an insurgency's name: "West Papua National Liberation Army" is no state's army. */
    private static final Set<String> NOT_STATE = Set.of("liberation", "revolutionary", "resistance", "islamic",
            "people's", "popular", "rebel", "freedom", "independence", "salvation", "mujahideen");

    private final CueWords cues;

    PlaceNamedBodies(CueWords cues) {
        this.cues = cues;
    }

    void apply(Candidates candidates) {
        for (Candidate place : candidates.inOrder()) {
            if (!place.type().isLocation() || place.type() == EntityType.FACILITY) {
                continue;
            }
            body(candidates, place).or(() -> regionalInstitution(candidates, place)).ifPresent(candidates::replace);
        }
    }

    /**
     * "The Gaza Health Ministry", "the North Kordofan health ministry": a region's or a city's
     * name right before a bare institution name is that place's own body, not its state's
     * (a country's name before one is left to the institution's binding to that country).
     */
    private static Optional<Candidate> regionalInstitution(Candidates candidates, Candidate place) {
        List<Word> words = candidates.sentences().get(place.sentence()).words();
        if (place.type() == EntityType.COUNTRY || place.to() >= words.size()
                || words.get(place.to()).gapBefore() != Word.Gap.SPACE) {
            return Optional.empty();
        }
        return candidates.at(place.sentence(), place.to()).filter(c -> c.from() == place.to() && c.isBareInstitution())
                .map(c -> new Candidate(place.sentence(), place.from(), c.to(), place.begin(), c.end(),
                        EntityType.GOVERNMENT_BODY, LAYER, Optional.empty()));
    }

    /** The longest run of words after the place that ends in a head word ("Kenya Police Service"). */
    private Optional<Candidate> body(Candidates candidates, Candidate place) {
        List<Word> words = candidates.sentences().get(place.sentence()).words();
        Optional<Candidate> longest = Optional.empty();
        for (int end = place.to(); end < Math.min(words.size(), place.to() + MAX_WORDS); end++) {
            Word w = words.get(end);
            if (!w.gapBefore().joinsChunk() || !wordMayJoin(candidates, place, end, w) || NOT_STATE.contains(w.lower())) {
                return NOT_STATE.contains(w.lower()) ? Optional.empty() : longest;
            }
            if (!w.isCapitalized()) {
                continue; // a connector: it needs a capitalised word after it
            }
            String head = w.lower();
            boolean society = SOCIETY_HEADS.contains(head) && words.get(end - 1).lower().equals("red");
            if (STATE_HEADS.contains(head) || society) {
                // "Indian Ocean News Agency", "Kenya News Service": an outlet, not the state's agency
                boolean outlet = society || cues.isOutletWord(words.get(end - 1).lower());
                longest = Optional.of(new Candidate(place.sentence(), place.from(), end + 1, place.begin(), w.end(),
                        outlet ? EntityType.ORGANIZATION : EntityType.GOVERNMENT_BODY, LAYER, Optional.empty()));
            }
        }
        return longest;
    }

    /**
     * A capitalised word free, or in another place's name ("Africa" in "United States Africa
     * Command"), or in the Red Cross's; or a connector before a capitalised word.
     */
    private static boolean wordMayJoin(Candidates candidates, Candidate place, int i, Word w) {
        List<Word> words = candidates.sentences().get(place.sentence()).words();
        if (!w.isCapitalized()) {
            return CONNECTORS.contains(w.lower()) && i + 1 < words.size() && words.get(i + 1).isCapitalized();
        }
        Optional<Candidate> owner = candidates.at(place.sentence(), i);
        return owner.isEmpty() || owner.get().type().isLocation()
                || SOCIETY_HEADS.contains(words.get(owner.get().to() - 1).lower());
    }
}
