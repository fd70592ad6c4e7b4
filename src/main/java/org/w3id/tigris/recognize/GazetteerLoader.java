package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the gazetteer tables and builds the entries and name indexes of {@link Gazetteers}. */
final class GazetteerLoader {
    private static final String DIR = "/gazetteer/";
    /** Places in these countries are kept whole and trusted as places more readily. */
    private static final Set<String> REGION = Set.of("IQ", "IR", "SY", "LB", "JO", "SA", "YE", "IL", "PS",
            "TR", "KW", "BH", "QA", "AE", "OM", "EG");
    /** Outside the region, GeoNames alternate names are used only for cities this large. */
    private static final long ALTERNATES_ELSEWHERE = 1_000_000;


    private final Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
    private final Map<String, String> countriesByIso = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, List<String>> countryModifiers = new HashMap<>();
    /** A derived country's full names ("Democratic Republic of the Congo"), for "government of {name}". */
    private final Map<String, List<String>> countryForms = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Map<String, String> regionByAdmin1 = new HashMap<>();
    private final Map<String, String> pinnedCities = new HashMap<>();
    /** Keys of the entries derived from the world tables rather than curated. */
    private final Set<String> derived = new HashSet<>();
    /** Names of the derived divisions, for the place index. */
    private final Map<String, List<String>> worldPlaceNames = new LinkedHashMap<>();
    private final Map<String, String> institutionOverrides = new HashMap<>();
    private final Map<String, String> institutionKeys = new HashMap<>();
    private final Map<String, String> institutionTypes = new HashMap<>();
    /** Word keys of every curated alias, with the entries they name (generated aliases yield to them). */
    private final Map<String, Set<String>> curatedAliases = new TreeMap<>();
    /** The same by case signature, to find names no rule can tell apart. */
    private final Map<String, Set<String>> curatedSignatures = new TreeMap<>();

    private NameNormalizer normalizer;
    private WordScanner scanner;
    private AliasIndex.Builder names;
    private Map<String, GeoRow> geo;

    Gazetteers load() {
        normalizer = NameNormalizer.of(TsvTable.read(DIR + "name-variants.tsv"));
        scanner = new WordScanner(normalizer);
        names = new AliasIndex.Builder(scanner);
        geo = GeoRow.read(TsvTable.read(DIR + "places-geonames.tsv"));
        countries(TsvTable.read(DIR + "countries.tsv"));
        regions(TsvTable.read(DIR + "regions.tsv"));
        cities(TsvTable.read(DIR + "cities.tsv"));
        facilities(TsvTable.read(DIR + "facilities.tsv"));
        actors(TsvTable.read(DIR + "actors.tsv"));
        WorldTables world = new WorldTables(TsvTable.read(DIR + "countries-world.tsv"),
                TsvTable.read(DIR + "regions-world.tsv"));
        world.countries().forEach(this::worldCountry);
        world.divisions().forEach(this::worldDivision);
        institutions(TsvTable.read(DIR + "institutions.tsv"));
        CueWords cues = CueWords.load(TsvTable.read(DIR + "name-cues.tsv"), TsvTable.read(DIR + "stopwords.tsv"),
                TsvTable.read(DIR + "given-names.tsv"), demonyms);
        AliasIndex places = geoNamesIndex(cues);
        MinorTownTable towns = MinorTownTable.of(TsvTable.read(DIR + "towns-geonames.tsv"), countriesByIso,
                regionByAdmin1, scanner, normalizer, cues);
        MetonymTable metonyms = MetonymTable.read(TsvTable.read(DIR + "metonyms.tsv"), this::requireEntry);
        Set<String> regionCountries = new HashSet<>();
        REGION.forEach(iso -> regionCountries.add(countriesByIso.get(iso)));
        return new Gazetteers(entries, names.build(), places, towns, cues, normalizer, countriesByIso, regionCountries,
                institutionTypes, institutionKeys, metonyms.actorOf(), metonyms.subjects(), derived);
    }

    /**
     * Curated aliases that name more than one entry and that case does not tell apart ("SANA"
     * the agency and "Sana'a" the city are told apart; two "Kurdistan"s would not be).
     */
    Map<String, Set<String>> curatedConflicts() {
        Map<String, Set<String>> conflicts = new TreeMap<>();
        curatedSignatures.forEach((k, v) -> {
            if (v.size() > 1) {
                conflicts.put(k, v);
            }
        });
        return conflicts;
    }

    private void countries(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            String name = r.get("name");
            GeoRow capital = geoRow(r.get("capital"), r);
            List<String> aliases = r.list("aliases");
            List<String> dems = r.list("demonyms");
            put(new GazetteerEntry(id, id, EntityType.COUNTRY, name, aliases, optional(r.get("wikidata")),
                    Optional.empty(), Optional.of(capital.point()), Optional.empty(), Optional.of(id), 0));
            curated(id, name, aliases);
            countriesByIso.put(r.get("iso2"), id);
            countryNames.put(id, name);
            List<String> modifiers = new ArrayList<>();
            modifiers.add(name);
            for (String a : aliases) {
                if (NameNormalizer.fold(a).matches("[A-Z]{2,4}")) {
                    modifiers.add(a);
                }
            }
            if (!dems.isEmpty()) {
                modifiers.add(dems.get(0));
            }
            countryModifiers.put(id, modifiers);
            demonyms.addAll(dems);
        }
    }

    private void regions(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            String name = r.get("name");
            List<String> aliases = new ArrayList<>(r.list("aliases"));
            String kind = r.get("kind");
            if (kind.equals("governorate") || kind.equals("province")) {
                List<String> bases = new ArrayList<>();
                bases.add(name.replaceAll("(?i)\\s+(governorate|province)$", ""));
                for (String a : r.list("aliases")) {
                    bases.add(a.replaceAll("(?i)\\s+(governorate|province)$", ""));
                }
                for (String base : new LinkedHashSet<>(bases)) {
                    aliases.add(base + " province");
                    aliases.add(base + " governorate");
                }
                aliases.remove(name);
            }
            Optional<String> country = optional(r.get("country"));
            country.ifPresent(c -> requireEntry(c, r));
            Optional<GeoPoint> point = Optional.empty();
            if (!r.get("seat").isEmpty()) {
                GeoRow seat = geoRow(r.get("seat"), r);
                point = Optional.of(seat.point());
                regionByAdmin1.putIfAbsent(seat.iso() + "." + seat.admin1(), id);
            }
            put(new GazetteerEntry(id, id, EntityType.REGION, name, aliases, optional(r.get("wikidata")),
                    Optional.empty(), point, country, country, 0));
            curated(id, name, aliases);
        }
    }

    /**
     * A country of the world table: a curated country of the same code only takes its names
     * no curated entry has; any other becomes an entry of its own.
     */
    private void worldCountry(WorldTables.Country c) {
        String curated = countriesByIso.get(c.iso());
        List<String> free = new ArrayList<>();
        for (String a : c.names()) {
            // "Saudi" is among Saudi Arabia's spellings, but a demonym names no state
            if (!curatedAliases.containsKey(names.keyOf(a)) && !demonyms.contains(a) && !c.demonyms().contains(a)) {
                free.add(a);
            }
        }
        if (curated != null) {
            // a curated country takes only the long official forms its row lacks
            free.stream().filter(a -> a.contains(" ")).forEach(a -> names.add(a, curated));
            return;
        }
        if (entries.containsKey(c.id()) || free.isEmpty()) {
            return;
        }
        Optional<GeoRow> capital = Optional.ofNullable(geo.get(c.capital()));
        put(new GazetteerEntry(c.id(), c.id(), EntityType.COUNTRY, c.name(), free.subList(1, free.size()),
                Optional.empty(), Optional.empty(), capital.map(GeoRow::point), Optional.empty(),
                Optional.of(c.id()), 0));
        free.forEach(a -> names.add(a, c.id()));
        derived.add(c.id());
        countriesByIso.put(c.iso(), c.id());
        countryNames.put(c.id(), c.name());
        List<String> modifiers = new ArrayList<>();
        modifiers.add(c.name());
        if (!c.demonyms().isEmpty() && !demonyms.contains(c.demonyms().get(0))) {
            modifiers.add(c.demonyms().get(0));
        }
        countryModifiers.put(c.id(), modifiers);
        List<String> forms = new ArrayList<>();
        for (String a : free) {
            if (!NameNormalizer.fold(a).matches("[A-Z]{2,5}")) {
                forms.add(a);
                if (a.contains(" ")) {
                    forms.add("the " + a); // "government of the Central African Republic"
                }
            }
        }
        countryForms.put(c.id(), forms);
        c.demonyms().stream().filter(d -> !curatedAliases.containsKey(names.keyOf(d))).forEach(demonyms::add);
    }

    /**
     * A first-level division of the world table, unless a curated region holds its GeoNames
     * code or all its names. Its names go to the place index, where the proper-noun checks of
     * {@link PlaceLayer} guard the short ones.
     */
    private void worldDivision(WorldTables.Division d) {
        String admin1 = d.iso() + "." + d.admin1();
        String country = countriesByIso.get(d.iso());
        if (regionByAdmin1.containsKey(admin1) || country == null) {
            return;
        }
        List<String> free = new ArrayList<>();
        for (String a : d.names()) {
            if (!curatedAliases.containsKey(names.keyOf(a))) {
                free.add(a);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        String key = entries.containsKey(d.id()) ? d.id() + "-" + d.iso().toLowerCase(java.util.Locale.ROOT) : d.id();
        if (entries.containsKey(key)) {
            return;
        }
        Optional<GeoRow> seat = Optional.ofNullable(geo.get(d.seat()));
        put(new GazetteerEntry(key, key, EntityType.REGION, d.label(), d.aliases(), Optional.empty(),
                Optional.empty(), seat.map(GeoRow::point), Optional.of(country), Optional.of(country), 0));
        derived.add(key);
        worldPlaceNames.put(key, free);
        regionByAdmin1.put(admin1, key);
    }

    private void cities(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            String name = r.get("name");
            List<String> aliases = r.list("aliases");
            String countryId = r.get("country");
            requireEntry(countryId, r);
            Optional<String> region = optional(r.get("region"));
            region.ifPresent(x -> requireEntry(x, r));
            Optional<String> geonameid = optional(r.get("geonameid"));
            Optional<GeoPoint> point = Optional.empty();
            long population = 0;
            Optional<String> locatedIn = region;
            if (geonameid.isPresent()) {
                GeoRow g = geoRow(geonameid.get(), r);
                if (!countryId.equals(countriesByIso.get(g.iso()))) {
                    throw new IllegalStateException(r.where() + ": GeoNames " + g.id() + " is in " + g.iso());
                }
                pinnedCities.put(g.id(), id);
                point = Optional.of(g.point());
                population = g.population();
                if (locatedIn.isEmpty()) {
                    locatedIn = Optional.ofNullable(regionByAdmin1.get(g.iso() + "." + g.admin1()));
                }
            }
            Optional<GeoPoint> curatedPoint = GeoPoint.curated(r);
            if (curatedPoint.isPresent()) {
                if (geonameid.isPresent()) {
                    throw new IllegalStateException(r.where() + ": a GeoNames place takes its point from GeoNames");
                }
                point = curatedPoint;
            }
            if (locatedIn.isEmpty()) {
                locatedIn = Optional.of(countryId);
            }
            put(new GazetteerEntry(id, id, EntityType.CITY, name, aliases, optional(r.get("wikidata")),
                    geonameid, point, locatedIn, Optional.of(countryId), population));
            curated(id, name, aliases);
        }
    }

    private void facilities(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            String name = r.get("name");
            List<String> aliases = r.list("aliases");
            String in = r.get("locatedIn");
            GazetteerEntry container = requireEntry(in, r);
            put(new GazetteerEntry(id, id, EntityType.FACILITY, name, aliases, optional(r.get("wikidata")),
                    Optional.empty(), GeoPoint.curated(r), Optional.of(in), container.country(), 0));
            curated(id, name, aliases);
        }
    }

    private void actors(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String id = r.get("id");
            String name = r.get("name");
            List<String> aliases = r.list("aliases");
            Optional<String> country = optional(r.get("country"));
            country.ifPresent(c -> requireEntry(c, r));
            put(new GazetteerEntry(id, id, EntityType.fromLocalName(r.get("type")), name, aliases,
                    optional(r.get("wikidata")), Optional.empty(), Optional.empty(), Optional.empty(), country, 0));
            curated(id, name, aliases);
            String institution = r.get("institution");
            if (!institution.isEmpty()) {
                institutionOverrides.put(institution + "@" + country.orElseThrow(
                        () -> new IllegalStateException(r.where() + ": an institution needs a country")), id);
            }
        }
    }

    private void institutions(TsvTable table) {
        for (TsvTable.Row r : table.rows()) {
            String institution = r.get("institution");
            EntityType type = EntityType.fromLocalName(r.get("type"));
            institutionTypes.put(institution, type.localName());
            for (String bare : r.list("bare")) {
                names.add(bare, Gazetteers.INSTITUTION_PREFIX + institution);
            }
            for (Map.Entry<String, List<String>> c : countryModifiers.entrySet()) {
                String countryId = c.getKey();
                String countryName = countryNames.get(countryId);
                Set<String> aliases = new LinkedHashSet<>();
                for (String pattern : r.list("aliases")) {
                    if (pattern.contains("{mod}")) {
                        for (String mod : c.getValue()) {
                            aliases.add(pattern.replace("{mod}", mod).replace("{name}", countryName));
                        }
                    } else {
                        for (String form : countryForms.getOrDefault(countryId, List.of(countryName))) {
                            aliases.add(pattern.replace("{name}", form));
                        }
                    }
                }
                aliases.removeIf(a -> curatedAliases.containsKey(names.keyOf(a)));
                String override = institutionOverrides.get(institution + "@" + countryId);
                String key;
                if (override != null) {
                    key = override;
                    GazetteerEntry e = entries.get(override);
                    List<String> merged = new ArrayList<>(e.aliases());
                    merged.addAll(aliases);
                    merged.addAll(r.list("bare"));
                    entries.put(key, new GazetteerEntry(e.key(), e.id(), e.type(), e.label(), merged, e.wikidata(),
                            e.geonames(), e.point(), e.locatedIn(), e.country(), e.population()));
                } else {
                    key = r.get("id").replace("{id}", countryId);
                    String label = r.get("label").replace("{name}", countryName);
                    List<String> entityAliases = new ArrayList<>(aliases);
                    entityAliases.addAll(r.list("bare"));
                    put(new GazetteerEntry(key, key, type, label, entityAliases, Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(countryId), 0));
                    names.add(label, key);
                }
                for (String a : aliases) {
                    names.add(a, key);
                }
                institutionKeys.put(institution + "@" + countryId, key);
            }
        }
    }

    /**
     * The GeoNames places not pinned by cities.tsv become entries keyed {@code geonames:ID},
     * with the ids {@link GeoRow#ids} gives them; every place's names go to the place index.
     */
    private AliasIndex geoNamesIndex(CueWords cues) {
        List<GeoRow> unpinned = geo.values().stream().filter(g -> !pinnedCities.containsKey(g.id())).toList();
        Map<String, String> ids = GeoRow.ids(unpinned, entries.keySet(), normalizer);
        AliasIndex.Builder index = new AliasIndex.Builder(scanner);
        worldPlaceNames.forEach((key, placeNames) -> placeNames.forEach(n -> index.add(n, key)));
        for (GeoRow g : geo.values()) {
            String key = pinnedCities.get(g.id());
            if (key == null) {
                key = "geonames:" + g.id();
                String country = countriesByIso.get(g.iso());
                String region = regionByAdmin1.get(g.iso() + "." + g.admin1());
                Optional<String> locatedIn = Optional.ofNullable(region != null ? region : country);
                List<String> aliases = g.ascii().equals(g.name()) ? List.of() : List.of(g.ascii());
                put(new GazetteerEntry(key, ids.get(g.id()), EntityType.CITY, g.name(), aliases, Optional.empty(),
                        Optional.of(g.id()), Optional.of(g.point()), locatedIn, Optional.ofNullable(country),
                        g.population()));
            }
            Set<String> placeNames = new LinkedHashSet<>(List.of(g.name(), g.ascii()));
            if (REGION.contains(g.iso()) || g.population() >= ALTERNATES_ELSEWHERE) {
                for (String alt : g.alternates()) {
                    String letters = NameNormalizer.fold(alt).replaceAll("[^A-Za-z]", "");
                    boolean singleWord = !alt.contains(" ");
                    if (letters.length() >= (singleWord ? 5 : 4) && !alt.contains("(")) {
                        placeNames.add(alt);
                    }
                }
            }
            for (String n : placeNames) {
                List<Word> words = scanner.scan(n);
                if (words.size() == 1 && cues.isStopword(words.get(0).lower())) {
                    continue;
                }
                index.add(words, key);
            }
        }
        return index.build();
    }

    private void curated(String key, String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(aliases);
        for (String a : all) {
            names.add(a, key);
            curatedAliases.computeIfAbsent(names.keyOf(a), k -> new TreeSet<>()).add(key);
            curatedSignatures.computeIfAbsent(names.signatureOf(a), k -> new TreeSet<>()).add(key);
        }
    }

    private void put(GazetteerEntry e) {
        if (entries.putIfAbsent(e.key(), e) != null) {
            throw new IllegalStateException("duplicate gazetteer key " + e.key());
        }
    }

    private GazetteerEntry requireEntry(String key, TsvTable.Row row) {
        GazetteerEntry e = entries.get(key);
        if (e == null) {
            throw new IllegalStateException(row.where() + ": unknown id " + key);
        }
        return e;
    }

    private GeoRow geoRow(String id, TsvTable.Row row) {
        GeoRow g = geo.get(id);
        if (g == null) {
            throw new IllegalStateException(row.where() + ": GeoNames id " + id + " not in places-geonames.tsv");
        }
        return g;
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }
}
