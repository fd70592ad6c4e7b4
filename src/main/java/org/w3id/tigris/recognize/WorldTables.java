package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * The world tables derived from open sources by {@code src/main/scripts/derive-places.py}:
 * every country and territory ({@code countries-world.tsv}, from world-countries, ODbL) and
 * every first-level division ({@code regions-world.tsv}, from iso3166-2-db and iso-3166-2).
 * They sit under the curated tables: the loader lets a curated row win.
 */
final class WorldTables {
    /** A country or territory: its common name first in {@link #names()}. */
    record Country(String iso, String id, String name, List<String> aliases, List<String> demonyms,
                   String capital) {
        List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    /** A first-level division, located by its country's code and its GeoNames admin1 code. */
    record Division(String iso, String admin1, String id, String label, List<String> aliases, String kind,
                    String seat) {
        List<String> names() {
            List<String> all = new ArrayList<>();
            all.add(label);
            all.addAll(aliases);
            return all;
        }
    }

    private final List<Country> countries = new ArrayList<>();
    private final List<Division> divisions = new ArrayList<>();

    WorldTables(TsvTable countryTable, TsvTable divisionTable) {
        for (TsvTable.Row r : countryTable.rows()) {
            countries.add(new Country(r.get("iso2"), r.get("id"), r.get("name"), r.list("aliases"),
                    r.list("demonyms"), r.get("capital")));
        }
        for (TsvTable.Row r : divisionTable.rows()) {
            divisions.add(new Division(r.get("iso2"), r.get("admin1"), r.get("id"), r.get("label"),
                    r.list("aliases"), r.get("kind"), r.get("seat")));
        }
    }

    List<Country> countries() {
        return List.copyOf(countries);
    }

    List<Division> divisions() {
        return List.copyOf(divisions);
    }
}
