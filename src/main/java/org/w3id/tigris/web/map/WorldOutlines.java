package org.w3id.tigris.web.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Country outlines (Natural Earth 1:50m, simplified; see {@code countries.tsv} beside this
 * class and {@code src/main/scripts/derive-world.py}), read once per process.
 */
public final class WorldOutlines {
    /** One closed ring of a country's outline, with its bounding box for quick culling. */
    record Ring(double[] lons, double[] lats, double west, double east, double south, double north) {
        boolean intersects(Extent extent) {
            return east >= extent.west() && west <= extent.east() && north >= extent.south() && south <= extent.north();
        }
    }

    private static final String RESOURCE = "countries.tsv";

    /** Loaded on first use; immutable afterwards. */
    private static final class Holder {
        static final WorldOutlines WORLD = load();
    }

    private final List<Ring> rings;

    private WorldOutlines(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    public static WorldOutlines world() {
        return Holder.WORLD;
    }

    List<Ring> rings() {
        return rings;
    }

    private static WorldOutlines load() {
        try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing map resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Ring> rings = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                for (String ring : line.substring(tab + 1).split("\\|")) {
                    rings.add(parse(ring));
                }
            }
            return new WorldOutlines(rings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Ring parse(String ring) {
        String[] pairs = ring.split(";");
        double[] lons = new double[pairs.length];
        double[] lats = new double[pairs.length];
        double west = 180, east = -180, south = 90, north = -90;
        for (int i = 0; i < pairs.length; i++) {
            int space = pairs[i].indexOf(' ');
            lons[i] = Integer.parseInt(pairs[i].substring(0, space)) / 100.0;
            lats[i] = Integer.parseInt(pairs[i].substring(space + 1)) / 100.0;
            west = Math.min(west, lons[i]);
            east = Math.max(east, lons[i]);
            south = Math.min(south, lats[i]);
            north = Math.max(north, lats[i]);
        }
        return new Ring(lons, lats, west, east, south, north);
    }
}
