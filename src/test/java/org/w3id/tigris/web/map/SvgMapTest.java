package org.w3id.tigris.web.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgMapTest {
    private static final GeoPoint BAGHDAD = new GeoPoint(44.4, 33.34);
    private static final GeoPoint MOSUL = new GeoPoint(43.13, 36.34);

    @Test
    void pointsInOneRegionZoomThereAndPointsAcrossTheWorldShowIt() {
        Extent region = Extent.around(List.of(BAGHDAD, MOSUL));
        assertFalse(region.isWorld());
        assertTrue(region.contains(BAGHDAD) && region.contains(MOSUL));
        assertTrue(region.east() - region.west() < 60, "a regional map");
        assertTrue(Extent.around(List.of(BAGHDAD, new GeoPoint(-77.04, 38.9))).isWorld(), "Baghdad and Washington");
        assertTrue(Extent.around(List.of()).isWorld());
    }

    @Test
    void wktPointsAreReadAndOthersRefused() {
        assertEquals(new GeoPoint(42.44, 33.79), GeoPoint.fromWkt("POINT(42.44 33.79)").orElseThrow());
        assertEquals(new GeoPoint(42.44, 33.79),
                GeoPoint.fromWkt("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT (42.44 33.79)").orElseThrow());
        assertTrue(GeoPoint.fromWkt("POINT(200 10)").isEmpty());
        assertTrue(GeoPoint.fromWkt("POLYGON((0 0, 1 1, 1 0, 0 0))").isEmpty());
    }

    @Test
    void markersAreLinksDrawnOnTheOutlinesWithEscapedText() {
        String svg = new SvgMap(WorldOutlines.world()).render(List.of(
                new MapMarker(BAGHDAD, "/id/entity/baghdad?type=Assault&x=\"", "<script>Baghdad</script>", "#7f0000", 3),
                new MapMarker(BAGHDAD, "/id/entity/baghdad?type=Protest", "Baghdad: 1 Protest event", "#f08a7e", 1)),
                "Map");
        assertTrue(svg.startsWith("<svg class=\"map\""));
        assertTrue(svg.contains("<path class=\"land\" d=\"M"), "Iraq and its neighbours drawn");
        assertTrue(svg.contains("<a class=\"marker\" href=\"/id/entity/baghdad?type=Assault&amp;x=&quot;\">"));
        assertTrue(svg.contains("<title>&lt;script&gt;Baghdad&lt;/script&gt;</title>"));
        assertFalse(svg.contains("<script>"));
        assertEquals(2, svg.split("<circle").length - 1, "two markers at one place, side by side");
    }
}
