package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.segment.Boilerplate;

/**
 * The places a dateline names. A dateline line ("OUAGADOUGOU, 25/08/2026 - 18h40 GMT",
 * "ETHIOPIA &bull; 03/12/2026") is boilerplate, read for its date only, so no layer sees its
 * place, which a reader counts among the document's names. Only known places that open the
 * line, one after another ("GOMA, North Kivu, Nov. 3 - By …"), are taken there: countries,
 * regions and cities, every word capitalised, none a stop word (never a town inside the
 * author's name later on the line); a lede that opens
 * with its dateline ("PESHAWAR, Dec 9 (FPS) - Militants ...") is read by the place layer.
 */
final class DatelinePlaces {
    static final String LAYER = "dateline";

    private final Gazetteers gazetteers;
    private final PlaceLayer places;

    DatelinePlaces(Gazetteers gazetteers, PlaceLayer places) {
        this.gazetteers = gazetteers;
        this.places = places;
    }

    /** The dateline's places in {@code text}, none overlapping {@code taken}. */
    List<Mention> find(String text, List<Boilerplate> datelines, List<Mention> taken) {
        Set<String> countries = new HashSet<>();
        for (Mention m : taken) {
            m.gazetteerKey().flatMap(gazetteers::entry).flatMap(GazetteerEntry::country).ifPresent(countries::add);
        }
        List<Mention> found = new ArrayList<>();
        CueWords cues = gazetteers.cues();
        for (Boilerplate line : datelines) {
            List<Word> words = gazetteers.scanner().scan(text, line.begin(), Math.min(line.end(), text.length()));
            int i = 0;
            while (i < words.size() && (i == 0 || listed(text, words.get(i - 1), words.get(i)))) {
                int at = i;
                Optional<AliasIndex.Match> place = gazetteers.places().longestAt(words, at);
                Optional<AliasIndex.Match> name = gazetteers.names().longestAt(words, at);
                Optional<AliasIndex.Match> match = name.isPresent() && (place.isEmpty() || name.get().to() > place.get().to())
                        ? name : place; // "Democratic Republic of the Congo", not the town of Democratic
                if (match.isEmpty() || !capitalised(words, match.get(), cues)
                        || PlaceLayer.insideLongerName(words, match.get().from(), match.get().to(), cues)) { // a place inside a longer name
                    break;
                }
                AliasIndex.Match m = match.get();
                List<String> placeKeys = m.keys().stream()
                        .filter(k -> gazetteers.entry(k).map(e -> e.type().isLocation()).orElse(false)).toList();
                int begin = words.get(m.from()).begin();
                int end = words.get(m.to() - 1).end();
                boolean free = taken.stream().noneMatch(t -> t.begin() < end && begin < t.end());
                if (placeKeys.isEmpty() || !free) {
                    break;
                }
                GazetteerEntry best = places.best(placeKeys, countries);
                found.add(new Mention(begin, end, text.substring(begin, end), best.type(), LAYER, Optional.of(best.key())));
                i = m.to();
            }
        }
        return found;
    }

    /** Places listed at a dateline's start: "GOMA, North Kivu", "KYIV/MOSCOW". */
    private static boolean listed(String text, Word before, Word next) {
        return text.substring(before.end(), next.begin()).matches("\\s*[,/]\\s*");
    }

    private static boolean capitalised(List<Word> words, AliasIndex.Match m, CueWords cues) {
        for (int i = m.from(); i < m.to(); i++) {
            Word w = words.get(i);
            if (!w.isCapitalized() || cues.isStopword(w.lower()) || w.folded().length() < 3 && m.to() - m.from() == 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * "PESHAWAR, Dec 9 (FPS) - Militants ...": a wire's lede opens with its place in capitals and
     * a comma, which the tagger does not call a proper noun.
     */
    static boolean ledeDateline(ScannedSentence s, AliasIndex.Match m) {
        for (int i = m.from(); i < m.to(); i++) {
            if (!s.words().get(i).isAllCaps()) {
                return false;
            }
        }
        Word last = s.words().get(m.to() - 1);
        return s.documentText().startsWith(",", last.end());
    }
}
