package org.w3id.tigris.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;

/**
 * The part of a name no gazetteer knows that every document shares, whatever else each writes
 * around it: "Bijapur district", "Bijapur District" and "Bijapur" are one district, "Bokkos
 * LGA" and "Bokkos Local Government Area" one area, "MV Galaxy Leader" and "Galaxy Leader" one
 * ship. The id is made from this part, so that the entity is the same in every document.
 * <p>
 * Only words that name the same thing with or without them are left out: a division of a state
 * or a group of islands after a place's name, a ship's prefix before it. A hospital, a camp, an
 * airport or a mountain named after a town is another thing than the town, and keeps its word.
 */
final class SharedNames {
    /** Kinds of division (and of island group) written after a place's name, longest first. */
    private static final List<String> DIVISIONS = List.of("local government area", "sub-district",
            "subdistrict", "governorate", "municipality", "subdivision", "prefecture", "department",
            "territory", "province", "district", "township", "regency", "islands", "island", "county",
            "region", "oblast", "state", "lga");
    /**
     * Words that with a kind make a name of their own ("Northern Province", "Capital District"):
     * left alone they would make one place of the provinces of several states.
     */
    private static final Set<String> NOT_NAMES_ALONE = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west", "upper", "lower", "middle", "far",
            "federal", "capital", "national", "autonomous", "special", "greater", "great", "new", "old",
            "islamic", "coastal", "border", "first", "second", "third");
    /** Prefixes of ships' names (merchant, Greek, US, British, Indian, Turkish, French navies). */
    private static final Set<String> SHIP_PREFIXES = Set.of("MV", "MT", "MS", "SS", "HS", "USS", "HMS", "INS",
            "TCG", "FS", "HMCS", "HMAS", "USNS", "ITS", "RFS");

    private SharedNames() {
    }

    /** The name every document shares for an entity labelled {@code label}: the label itself if nothing is left out. */
    static String of(String label, EntityType type) {
        return withoutDivision(label, type).or(() -> withoutShipPrefix(label, type)).orElse(label);
    }

    /** "Tapoa province" → "Tapoa": a place's name without the kind of division written after it. */
    static Optional<String> withoutDivision(String label, EntityType type) {
        if (!type.isLocation() || type == EntityType.COUNTRY) {
            return Optional.empty();
        }
        String lower = label.toLowerCase(Locale.ROOT);
        for (String kind : DIVISIONS) {
            if (!lower.endsWith(" " + kind)) {
                continue;
            }
            String rest = label.substring(0, label.length() - kind.length()).strip();
            boolean oneWord = rest.indexOf(' ') < 0;
            if (rest.isEmpty() || !Character.isUpperCase(rest.codePointAt(0))
                    || oneWord && NOT_NAMES_ALONE.contains(rest.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(rest);
        }
        return Optional.empty();
    }

    /** "MV Galaxy Leader" → "Galaxy Leader". */
    private static Optional<String> withoutShipPrefix(String label, EntityType type) {
        int space = label.indexOf(' ');
        if (type != EntityType.FACILITY || space <= 0 || !SHIP_PREFIXES.contains(label.substring(0, space))) {
            return Optional.empty();
        }
        return Optional.of(label.substring(space + 1).strip());
    }
}
