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

    /** A point read from a public page, for a place GeoNames lacks or a facility; never one without its page. */
    static java.util.Optional<GeoPoint> curated(TsvTable.Row r) {
        String lat = r.get("lat");
        String lon = r.get("lon");
        String source = r.get("pointSource");
        if (lat.isEmpty() && lon.isEmpty() && source.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (lat.isEmpty() || lon.isEmpty() || !source.startsWith("https://")) {
            throw new IllegalStateException(r.where() + ": a curated point needs lat, lon and an https pointSource");
        }
        return java.util.Optional.of(new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon), source));
    }
}
