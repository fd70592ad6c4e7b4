package org.w3id.tigris.resolve;

/** WGS84 coordinates, decimal degrees. */
public record GeoPoint(double latitude, double longitude) {
    /** As a GeoSPARQL WKT literal's text: longitude first. */
    public String wkt() {
        return "POINT(" + longitude + " " + latitude + ")";
    }
}
