package org.w3id.tigris.web.map;

import java.util.Objects;

/**
 * One marker: where, where it links to, its tooltip, its colour (a CSS colour) and how many
 * things it stands for (the marker grows with the square root of the count).
 */
public record MapMarker(GeoPoint point, String href, String title, String colour, long count) {
    public MapMarker {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(colour, "colour");
        if (count < 1) {
            throw new IllegalArgumentException("A marker stands for at least one thing: " + count);
        }
    }
}
