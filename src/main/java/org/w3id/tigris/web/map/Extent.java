package org.w3id.tigris.web.map;

import java.util.Collection;

/**
 * The part of the earth a map shows, in degrees, and its projection onto the drawing: an
 * equirectangular projection whose horizontal scale is corrected for the latitude of the
 * map's middle, so a regional map keeps its shapes.
 */
public record Extent(double west, double east, double south, double north) {
    /** The whole inhabited world (Antarctica left out). */
    public static final Extent WORLD = new Extent(-180, 180, -58, 84);

    /** Points spread wider than this are shown on the world map. */
    private static final double REGIONAL_MAX_LON_SPAN = 100;
    private static final double REGIONAL_MAX_LAT_SPAN = 60;
    /** A regional map shows at least this many degrees, so one town is seen among its neighbours. */
    private static final double MIN_SPAN = 28;
    private static final double PADDING = 0.25;

    /** The world when the points are spread over it, else the region around them. */
    public static Extent around(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            return WORLD;
        }
        double west = 180, east = -180, south = 90, north = -90;
        for (GeoPoint p : points) {
            west = Math.min(west, p.lon());
            east = Math.max(east, p.lon());
            south = Math.min(south, p.lat());
            north = Math.max(north, p.lat());
        }
        if (east - west > REGIONAL_MAX_LON_SPAN || north - south > REGIONAL_MAX_LAT_SPAN) {
            return WORLD;
        }
        double lonSpan = Math.max(MIN_SPAN, (east - west) * (1 + 2 * PADDING));
        double latSpan = Math.max(MIN_SPAN / 2, (north - south) * (1 + 2 * PADDING));
        double midLon = (west + east) / 2;
        double midLat = (south + north) / 2;
        // Wide rather than tall: a page is wider than it is high.
        double cos = Math.cos(Math.toRadians(midLat));
        latSpan = Math.max(latSpan, lonSpan * cos / 2.2);
        lonSpan = Math.max(lonSpan, latSpan * 1.3 / cos);
        return new Extent(clampLon(midLon - lonSpan / 2), clampLon(midLon + lonSpan / 2),
                clampLat(midLat - latSpan / 2), clampLat(midLat + latSpan / 2));
    }

    public boolean isWorld() {
        return equals(WORLD);
    }

    boolean contains(GeoPoint p) {
        return p.lon() >= west && p.lon() <= east && p.lat() >= south && p.lat() <= north;
    }

    /** Horizontal degrees shrink with the cosine of the middle latitude. */
    private double aspect() {
        return Math.cos(Math.toRadians((south + north) / 2));
    }

    /** The drawing's height for a given width. */
    double height(double width) {
        return width * (north - south) / ((east - west) * aspect());
    }

    double x(double lon, double width) {
        return (lon - west) / (east - west) * width;
    }

    double y(double lat, double width) {
        return (north - lat) / (north - south) * height(width);
    }

    private static double clampLon(double lon) {
        return Math.max(-180, Math.min(180, lon));
    }

    private static double clampLat(double lat) {
        return Math.max(-85, Math.min(85, lat));
    }
}
