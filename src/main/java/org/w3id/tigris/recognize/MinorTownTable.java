package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The towns of {@code towns-geonames.tsv}: GeoNames places outside the region under the world
 * table's cut. They are many, so their names sit in an index of their own that {@link MinorTowns}
 * reads only where the text supports a place, and their entries are made when asked for.
 */
final class MinorTownTable {
    private static final String PREFIX = "geonames:";
    private static final String GEONAMES_FEATURE = "https://sws.geonames.org/";
    private static final Pattern TRAILING_ID = Pattern.compile("-([0-9]{1,9})$");

    // one town a slot, ordered by GeoNames id: tens of thousands of records would cost the heap
    // several times what these arrays do
    private final int[] geonameIds;
    private final String[] names;
    private final String[] asciiNames;
    private final String[] isos;
    private final String[] admin1s;
    private final double[] lats;
    private final double[] lons;
    private final long[] populations;
    private final AliasIndex index;
    private final NameNormalizer normalizer;
    private final Map<String, String> countriesByIso;
    private final Map<String, String> regionByAdmin1;

    private MinorTownTable(List<TsvTable.Row> rows, AliasIndex index, NameNormalizer normalizer,
                           Map<String, String> countriesByIso, Map<String, String> regionByAdmin1) {
        int n = rows.size();
        geonameIds = new int[n];
        names = new String[n];
        asciiNames = new String[n];
        isos = new String[n];
        admin1s = new String[n];
        lats = new double[n];
        lons = new double[n];
        populations = new long[n];
        for (int i = 0; i < n; i++) {
            TsvTable.Row r = rows.get(i);
            geonameIds[i] = Integer.parseInt(r.get("geonameid"));
            names[i] = r.get("name");
            asciiNames[i] = r.get("ascii").equals(names[i]) ? names[i] : r.get("ascii");
            isos[i] = r.get("country").intern();
            admin1s[i] = r.get("admin1").intern();
            lats[i] = Double.parseDouble(r.get("lat"));
            lons[i] = Double.parseDouble(r.get("lon"));
            populations[i] = Long.parseLong(r.get("population"));
        }
        this.index = index;
        this.normalizer = normalizer;
        this.countriesByIso = Map.copyOf(countriesByIso);
        this.regionByAdmin1 = Map.copyOf(regionByAdmin1);
    }

    /** The table over {@code table}'s rows; a name that is a stopword is not indexed. */
    static MinorTownTable of(TsvTable table, Map<String, String> countriesByIso, Map<String, String> regionByAdmin1,
                             WordScanner scanner, NameNormalizer normalizer, CueWords cues) {
        List<TsvTable.Row> rows = new ArrayList<>(table.rows());
        rows.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("geonameid"))));
        AliasIndex.Builder index = new AliasIndex.Builder(scanner);
        for (TsvTable.Row r : rows) {
            for (String n : new LinkedHashSet<>(List.of(r.get("name"), r.get("ascii")))) {
                List<Word> words = scanner.scan(n);
                if (words.size() == 1 && cues.isStopword(words.get(0).lower())) {
                    continue;
                }
                index.add(words, PREFIX + r.get("geonameid"));
            }
        }
        return new MinorTownTable(rows, index.build(), normalizer, countriesByIso, regionByAdmin1);
    }

    /** The towns' names. */
    AliasIndex index() {
        return index;
    }

    /** The entry of a town's key ({@code geonames:ID}), or null when it is no minor town. */
    GazetteerEntry entry(String key) {
        if (!key.startsWith(PREFIX) || !key.substring(PREFIX.length()).matches("[0-9]{1,9}")) {
            return null;
        }
        int i = Arrays.binarySearch(geonameIds, Integer.parseInt(key.substring(PREFIX.length())));
        if (i < 0) {
            return null;
        }
        String country = countriesByIso.get(isos[i]);
        String region = regionByAdmin1.get(isos[i] + "." + admin1s[i]);
        String geonameid = String.valueOf(geonameIds[i]);
        List<String> aliases = asciiNames[i].equals(names[i]) ? List.of() : List.of(asciiNames[i]);
        GeoPoint point = new GeoPoint(lats[i], lons[i], GEONAMES_FEATURE + geonameid + "/");
        return new GazetteerEntry(key, id(i), EntityType.CITY, names[i], aliases, Optional.empty(),
                Optional.of(geonameid), Optional.of(point), Optional.ofNullable(region != null ? region : country),
                Optional.ofNullable(country), populations[i]);
    }

    /**
     * A town's entity id: its name's slug with its country and GeoNames id ("vorukh-tj-1220164"),
     * so it never takes the id of a place of the main tables, whose names no town bears anyway.
     */
    private String id(int i) {
        return normalizer.slug(List.of(asciiNames[i].split("[^A-Za-z0-9]+"))) + "-"
                + isos[i].toLowerCase(Locale.ROOT) + "-" + geonameIds[i];
    }

    /** The entry of a town's entity id, or null. */
    GazetteerEntry entryById(String id) {
        Matcher m = TRAILING_ID.matcher(id);
        if (!m.find()) {
            return null;
        }
        GazetteerEntry e = entry(PREFIX + m.group(1));
        return e != null && e.id().equals(id) ? e : null;
    }

    int size() {
        return geonameIds.length;
    }
}
