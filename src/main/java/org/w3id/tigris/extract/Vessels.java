package org.w3id.tigris.extract;

import java.util.Locale;
import java.util.Set;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Ships among the facilities: "struck the patrol ship Viktor Veliky", "seized the MV Galaxy
 * Leader". A vessel is what was hit, not where it was hit: the port or sea named beside it is
 * the place, and two reports of one strike agree on that place.
 */
final class Vessels {
    private static final Set<String> NOUNS = Set.of("ship", "vessel", "warship", "tanker", "frigate", "destroyer",
            "corvette", "cruiser", "boat", "freighter", "carrier", "submarine", "trawler", "dhow", "ferry", "bulker");
    private static final Set<String> PREFIXES = Set.of("MV", "M/V", "MT", "M/T", "HS", "USS", "HMS", "INS", "RFS",
            "SS", "MS", "FV");

    private Vessels() {
    }

    /** Whether the mention names a vessel: a ship's prefix opens it, or a kind of vessel stands before it. */
    static boolean named(SentenceView s, ResolvedMention m) {
        String first = m.mention().text().split("[\\s\u00a0]+")[0];
        int before = s.indexAt(m.mention().begin()) - 1;
        return PREFIXES.contains(first) || s.valid(before) && NOUNS.contains(s.lemma(before).toLowerCase(Locale.ROOT));
    }
}
