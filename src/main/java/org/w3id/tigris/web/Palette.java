package org.w3id.tigris.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The colour of each PLOVER event type, and of claims and places, on maps and timelines.
 * Types are coloured by their family so that a glance tells cooperation from conflict:
 * blues for verbal cooperation, greens for material cooperation, ambers for verbal conflict,
 * reds for material conflict.
 */
final class Palette {
    private static final Map<String, String> COLOURS = ordered(
            "Agree", "#1f4e9c",
            "Consult", "#3a78c9",
            "Support", "#6aa3e0",
            "Concede", "#9cc2ee",
            "Cooperate", "#1b7a3a",
            "Aid", "#3aa65c",
            "Retreat", "#86c98f",
            "Request", "#b8860b",
            "Accuse", "#e0a100",
            "Reject", "#c77700",
            "Threaten", "#e86f00",
            "Protest", "#f08a7e",
            "Sanction", "#b0446b",
            "Mobilize", "#8e3b8e",
            "Coerce", "#c0392b",
            "Assault", "#7f0000",
            FacetSelection.CLAIM, "#4b5563");

    /** Places shown for themselves (a search hit, the page's place), not for their events. */
    static final String PLACE = "#ffffff";

    private Palette() {
    }

    private static Map<String, String> ordered(String... typesAndColours) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (int i = 0; i < typesAndColours.length; i += 2) {
            colours.put(typesAndColours[i], typesAndColours[i + 1]);
        }
        return Collections.unmodifiableMap(colours);
    }

    /** @param type a PLOVER type's local name, or {@code Claim} */
    static String colour(String type) {
        return COLOURS.getOrDefault(type, "#6b7280");
    }

    /** A legend of the given types, in the palette's order. */
    static String legend(Collection<String> types) {
        StringBuilder out = new StringBuilder("<p class=\"legend chart-legend\">");
        COLOURS.forEach((type, colour) -> {
            if (types.contains(type)) {
                out.append("<span><i style=\"background:").append(colour).append("\"></i>")
                        .append(Html.escape(type)).append("</span>");
            }
        });
        return out.append("</p>").toString();
    }
}
