package org.w3id.tigris.cluster;

import java.util.Locale;
import java.util.Set;

/**
 * A place's name without the words that say what kind of place it is: sources name one camp
 * "Lala camp" and "Lala displacement site", one crossing "Chong Chom" and "the Chong Chom
 * border crossing", one town "Bannu" and "Bannu district".
 */
final class PlaceName {
    private static final Set<String> KIND_WORDS = Set.of("the", "district", "province", "state", "region", "county",
            "governorate", "municipality", "township", "department", "prefecture", "oblast", "city", "town",
            "village", "subdivision", "regency", "zone", "camp", "site", "displacement", "idp", "refugee",
            "settlement", "crossing", "border", "checkpoint", "point");

    private PlaceName() {
    }

    /** The name's words other than kind words, lower case, or "" when none is left or there is no name. */
    static String base(String label) {
        if (label == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : label.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!w.isEmpty() && !KIND_WORDS.contains(w)) {
                b.append(b.isEmpty() ? "" : " ").append(w);
            }
        }
        return b.toString();
    }
}
