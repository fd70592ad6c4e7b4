package org.w3id.tigris.recognize;

import java.util.Objects;

/**
 * WGS84 coordinates, decimal degrees, and the IRI of the record they were taken from (a GeoNames
 * feature, or the page a curated point was read from), so every point in the graph can be checked.
 */
public record GeoPoint(double latitude, double longitude, String source) {
    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a WGS84 point: " + latitude + ", " + longitude);
        }
        Objects.requireNonNull(source, "a point needs its source");
    }

    /** As a GeoSPARQL WKT literal's text: longitude first. */
    public String wkt() {
        return "POINT(" + longitude + " " + latitude + ")";
    }
}
