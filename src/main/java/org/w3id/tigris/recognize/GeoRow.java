package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** One place of {@code places-geonames.tsv}, the GeoNames subset the gazetteer ships. */
record GeoRow(String id, String name, String ascii, List<String> alternates, String iso, String admin1,
              GeoPoint point, long population, String feature) {
    /** GeoNames feature IRIs, the source recorded for every point taken from GeoNames. */
    private static final String GEONAMES_FEATURE = "https://sws.geonames.org/";

    /** The table's rows by GeoNames id, in file order. */
    static Map<String, GeoRow> read(TsvTable table) {
        Map<String, GeoRow> rows = new LinkedHashMap<>();
        for (TsvTable.Row r : table.rows()) {
            GeoPoint point = new GeoPoint(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                    GEONAMES_FEATURE + r.get("geonameid") + "/");
            rows.put(r.get("geonameid"), new GeoRow(r.get("geonameid"), r.get("name"), r.get("ascii"),
                    r.list("alternates"), r.get("country"), r.get("admin1"), point,
                    Long.parseLong(r.get("population")), r.get("feature")));
        }
        return rows;
    }

    /**
     * Entity ids for places: the slug of the ASCII name for the most important place of that
     * name (capital, then seat, then population), with the country code (and the GeoNames id
     * if still needed) for the others, so that no id is taken twice.
     */
    static Map<String, String> ids(Collection<GeoRow> places, Set<String> takenAlready, NameNormalizer normalizer) {
        Map<String, List<GeoRow>> bySlug = new TreeMap<>();
        for (GeoRow g : places) {
            bySlug.computeIfAbsent(normalizer.slug(List.of(g.ascii().split("[^A-Za-z0-9]+"))), k -> new ArrayList<>())
                    .add(g);
        }
        Set<String> taken = new TreeSet<>(takenAlready);
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, List<GeoRow>> e : bySlug.entrySet()) {
            List<GeoRow> rows = e.getValue();
            rows.sort(Comparator.comparingInt((GeoRow g) -> featureRank(g.feature()))
                    .thenComparing(Comparator.comparingLong(GeoRow::population).reversed())
                    .thenComparing(GeoRow::id));
            for (GeoRow g : rows) {
                String id = e.getKey();
                if (taken.contains(id)) {
                    id = e.getKey() + "-" + g.iso().toLowerCase(Locale.ROOT);
                }
                if (taken.contains(id)) {
                    id = id + "-" + g.id();
                }
                taken.add(id);
                ids.put(g.id(), id);
            }
        }
        return ids;
    }

    static int featureRank(String feature) {
        return switch (feature) {
            case "PPLC" -> 0;
            case "PPLA" -> 1;
            case "PPLA2", "PPLA3", "PPLA4" -> 2;
            case "PPL" -> 3;
            default -> 4;
        };
    }
}
