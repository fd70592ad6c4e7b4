package org.w3id.tigris.recognize;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The towns of {@code towns-geonames.tsv}: GeoNames places outside the region under the world
 * table's cut. They are many, so their names sit in an index of their own that {@link MinorTowns}
 * reads only where the text supports a place, and their entries are made when asked for.
 */
final class MinorTownTable {
    private static final String PREFIX = "geonames:";

    private final Map<String, GeoRow> rows;
    private final Map<String, String> ids;
    private final Map<String, String> byId;
    private final AliasIndex index;
    private final Map<String, String> countriesByIso;
    private final Map<String, String> regionByAdmin1;

    private MinorTownTable(Map<String, GeoRow> rows, Map<String, String> ids, AliasIndex index,
                           Map<String, String> countriesByIso, Map<String, String> regionByAdmin1) {
        this.rows = rows;
        this.ids = ids;
        this.byId = new HashMap<>();
        ids.forEach((geonameid, id) -> byId.put(id, geonameid));
        this.index = index;
        this.countriesByIso = Map.copyOf(countriesByIso);
        this.regionByAdmin1 = Map.copyOf(regionByAdmin1);
    }

    /**
     * The table over {@code rows}; a town's entity id never takes one of {@code loaded}'s ids
     * (a town is "-co" or "-co-ID" beside the city of its name elsewhere), and a name that is a
     * stopword is not indexed.
     */
    static MinorTownTable of(Map<String, GeoRow> rows, Collection<GazetteerEntry> loaded,
                             Map<String, String> countriesByIso, Map<String, String> regionByAdmin1,
                             WordScanner scanner, NameNormalizer normalizer, CueWords cues) {
        Set<String> taken = new java.util.HashSet<>();
        loaded.forEach(e -> {
            taken.add(e.key());
            taken.add(e.id());
        });
        Map<String, String> ids = GeoRow.ids(rows.values(), taken, normalizer);
        AliasIndex.Builder index = new AliasIndex.Builder(scanner);
        for (GeoRow g : rows.values()) {
            for (String n : new LinkedHashSet<>(List.of(g.name(), g.ascii()))) {
                List<Word> words = scanner.scan(n);
                if (words.size() == 1 && cues.isStopword(words.get(0).lower())) {
                    continue;
                }
                index.add(words, PREFIX + g.id());
            }
        }
        return new MinorTownTable(rows, ids, index.build(), countriesByIso, regionByAdmin1);
    }

    /** The towns' names. */
    AliasIndex index() {
        return index;
    }

    /** The entry of a town's key ({@code geonames:ID}), or null when it is no minor town. */
    GazetteerEntry entry(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        GeoRow g = rows.get(key.substring(PREFIX.length()));
        if (g == null) {
            return null;
        }
        String country = countriesByIso.get(g.iso());
        String region = regionByAdmin1.get(g.iso() + "." + g.admin1());
        List<String> aliases = g.ascii().equals(g.name()) ? List.of() : List.of(g.ascii());
        return new GazetteerEntry(key, ids.get(g.id()), EntityType.CITY, g.name(), aliases, Optional.empty(),
                Optional.of(g.id()), Optional.of(g.point()), Optional.ofNullable(region != null ? region : country),
                Optional.ofNullable(country), g.population());
    }

    /** The entry of a town's entity id, or null. */
    GazetteerEntry entryById(String id) {
        String geonameid = byId.get(id);
        return geonameid == null ? null : entry(PREFIX + geonameid);
    }

    int size() {
        return rows.size();
    }
}
