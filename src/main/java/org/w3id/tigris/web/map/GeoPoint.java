package org.w3id.tigris.web.map;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A point on the earth in degrees, as GeoSPARQL's {@code POINT(lon lat)} writes it. */
public record GeoPoint(double lon, double lat) {
    private static final Pattern POINT = Pattern.compile(
            "POINT\\s*\\(\\s*(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s+(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    public GeoPoint {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("Not a point on the earth: " + lon + " " + lat);
        }
    }

    /** The point of a WKT literal ({@code POINT(lon lat)}, optionally after a CRS IRI); else empty. */
    public static Optional<GeoPoint> fromWkt(String wkt) {
        Matcher point = POINT.matcher(wkt == null ? "" : wkt);
        if (!point.find()) {
            return Optional.empty();
        }
        try {
            double lon = Double.parseDouble(point.group(1));
            double lat = Double.parseDouble(point.group(2));
            return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90
                    ? Optional.of(new GeoPoint(lon, lat)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
