package org.w3id.tigris.web.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.tigris.web.Html;

/**
 * Draws markers on the country outlines as inline SVG: no script, no tiles, nothing
 * fetched. The map zooms to the markers when they lie in one region and shows the world
 * when they are spread over it. Each marker is a link with a tooltip.
 */
public final class SvgMap {
    private static final double WIDTH = 960;
    /** Outline points closer than this (in drawing units) to the last one drawn are skipped. */
    private static final double MIN_STEP = 0.8;
    private static final double MIN_RADIUS = 4;
    private static final double MAX_RADIUS = 16;
    /** Markers of one place, drawn around it so that none hides another. */
    private static final double CLUSTER_OFFSET = 7;

    private final WorldOutlines outlines;

    public SvgMap(WorldOutlines outlines) {
        this.outlines = outlines;
    }

    /** @param label what the map shows, for screen readers */
    public String render(List<MapMarker> markers, String label) {
        Extent extent = Extent.around(markers.stream().map(MapMarker::point).toList());
        double height = Math.round(extent.height(WIDTH));
        StringBuilder svg = new StringBuilder("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(fmt(WIDTH)).append(' ').append(fmt(height)).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label)).append("\" data-extent=\"").append(extent.isWorld() ? "world" : "region")
                .append("\"><rect class=\"sea\" width=\"100%\" height=\"100%\"/><path class=\"land\" d=\"");
        for (WorldOutlines.Ring ring : outlines.rings()) {
            if (ring.intersects(extent)) {
                appendRing(svg, ring, extent);
            }
        }
        svg.append("\"/>");
        long largest = markers.stream().mapToLong(MapMarker::count).max().orElse(1);
        for (Map.Entry<GeoPoint, List<MapMarker>> place : byPlace(markers).entrySet()) {
            List<MapMarker> here = place.getValue();
            double cx = extent.x(place.getKey().lon(), WIDTH);
            double cy = extent.y(place.getKey().lat(), WIDTH);
            for (int i = 0; i < here.size(); i++) {
                MapMarker marker = here.get(i);
                double angle = 2 * Math.PI * i / here.size();
                double offset = here.size() == 1 ? 0 : CLUSTER_OFFSET;
                svg.append("<a class=\"marker\" href=\"").append(Html.escape(marker.href())).append("\"><circle cx=\"")
                        .append(fmt(cx + offset * Math.sin(angle))).append("\" cy=\"")
                        .append(fmt(cy - offset * Math.cos(angle))).append("\" r=\"")
                        .append(fmt(radius(marker.count(), largest))).append("\" fill=\"")
                        .append(Html.escape(marker.colour())).append("\"><title>").append(Html.escape(marker.title()))
                        .append("</title></circle></a>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Markers grouped by place, the larger first so that the smaller are drawn on top. */
    private static Map<GeoPoint, List<MapMarker>> byPlace(List<MapMarker> markers) {
        Map<GeoPoint, List<MapMarker>> byPlace = new LinkedHashMap<>();
        markers.stream().sorted(Comparator.comparingLong(MapMarker::count).reversed())
                .forEach(m -> byPlace.computeIfAbsent(m.point(), p -> new ArrayList<>()).add(m));
        return byPlace;
    }

    private static double radius(long count, long largest) {
        double share = Math.sqrt((double) count / Math.max(1, largest));
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * share;
    }

    private static void appendRing(StringBuilder d, WorldOutlines.Ring ring, Extent extent) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int drawn = 0;
        int start = d.length();
        for (int i = 0; i < ring.lons().length; i++) {
            double x = extent.x(ring.lons()[i], WIDTH);
            double y = extent.y(ring.lats()[i], WIDTH);
            if (drawn > 0 && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) {
                continue;
            }
            d.append(drawn == 0 ? 'M' : 'L').append(fmt(x)).append(' ').append(fmt(y));
            lastX = x;
            lastY = y;
            drawn++;
        }
        if (drawn < 3) {
            d.setLength(start);
        } else {
            d.append('Z');
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
