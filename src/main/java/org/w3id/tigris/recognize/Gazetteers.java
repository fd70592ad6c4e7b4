package org.w3id.tigris.recognize;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.typing.NameFeatures;

/**
 * Everything Tigris knows by name, loaded once from {@code src/main/resources/gazetteer/}:
 * the curated actors, countries, regions, cities and facilities, the institutions every state
 * has, the places of GeoNames' cities500, and the cue words that type unknown names.
 * Immutable after {@link #load()}, so one instance is shared by every thread.
 */
public final class Gazetteers {
    static final String INSTITUTION_PREFIX = "institution:";
    static final String HEADQUARTERS_SUFFIX = "-headquarters";

    private final Map<String, GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> entriesById;
    private final AliasIndex names;
    private final AliasIndex places;
    private final MinorTownTable towns;
    private final CueWords cues;
    private final NameNormalizer normalizer;
    private final WordScanner scanner;
    private final Map<String, String> countriesByIso;
    private final Set<String> regionCountries;
    private final Map<String, String> institutionTypes;
    private final Map<String, String> institutionKeys;
    private final Map<String, String> institutionsByKey;
    private final Map<String, String> metonyms;
    private final Set<String> subjectMetonyms;
    private final Set<String> derived;

    Gazetteers(Map<String, GazetteerEntry> entries, AliasIndex names, AliasIndex places, MinorTownTable towns,
               CueWords cues,
               NameNormalizer normalizer, Map<String, String> countriesByIso, Set<String> regionCountries,
               Map<String, String> institutionTypes, Map<String, String> institutionKeys,
               Map<String, String> metonyms, Set<String> subjectMetonyms, Set<String> derived) {
        this.entries = Map.copyOf(entries);
        Map<String, GazetteerEntry> byId = new java.util.HashMap<>();
        entries.values().forEach(e -> byId.putIfAbsent(e.id(), e));
        this.entriesById = Map.copyOf(byId);
        this.names = names;
        this.places = places;
        this.towns = towns;
        this.cues = cues;
        this.normalizer = normalizer;
        this.scanner = new WordScanner(normalizer);
        this.countriesByIso = Map.copyOf(countriesByIso);
        this.regionCountries = Set.copyOf(regionCountries);
        this.institutionTypes = Map.copyOf(institutionTypes);
        this.institutionKeys = Map.copyOf(institutionKeys);
        Map<String, String> byKey = new java.util.HashMap<>();
        institutionKeys.forEach((k, key) -> byKey.putIfAbsent(key, k.substring(0, k.indexOf('@'))));
        this.institutionsByKey = Map.copyOf(byKey);
        this.metonyms = Map.copyOf(metonyms);
        this.subjectMetonyms = Set.copyOf(subjectMetonyms);
        this.derived = Set.copyOf(derived);
    }

    /** Loads the gazetteers from the class path (a second or two; call once and share). */
    public static Gazetteers load() {
        return new GazetteerLoader().load();
    }

    /**
     * The entry a gazetteer key names. Besides the loaded entries, {@code ACTOR-headquarters}
     * names the headquarters of a known organization (a Facility).
     */
    public Optional<GazetteerEntry> entry(String key) {
        GazetteerEntry e = entries.get(key);
        if (e != null) {
            return Optional.of(e);
        }
        e = towns.entry(key);
        if (e != null) {
            return Optional.of(e);
        }
        if (key.endsWith(HEADQUARTERS_SUFFIX)) {
            GazetteerEntry org = entries.get(key.substring(0, key.length() - HEADQUARTERS_SUFFIX.length()));
            if (org != null && org.type().isActor() && org.type() != EntityType.PERSON
                    && org.type() != EntityType.COUNTRY) {
                return Optional.of(new GazetteerEntry(key, org.id() + HEADQUARTERS_SUFFIX, EntityType.FACILITY,
                        org.label() + " headquarters", java.util.List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), org.country(), org.country(), 0));
            }
        }
        return Optional.empty();
    }

    /** The entry whose entity id this is (a GeoNames place's id differs from its key). */
    public Optional<GazetteerEntry> entryById(String id) {
        GazetteerEntry e = entriesById.get(id);
        if (e == null) {
            e = towns.entryById(id);
        }
        return e != null ? Optional.of(e) : entry(id);
    }

    /** Every loaded entry (GeoNames places included, the minor towns not: see {@link #towns()}). */
    java.util.Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    /** How many entries were loaded (GeoNames places included, the minor towns not). */
    public int size() {
        return entries.size();
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    public WordScanner scanner() {
        return scanner;
    }

    /** The id of the country with this ISO 3166-1 alpha-2 code. */
    public Optional<String> countryByIso(String iso2) {
        return Optional.ofNullable(countriesByIso.get(iso2));
    }

    /**
     * The place type a lower-case word after a place's name says it is of ("Tapoa province",
     * "Bannu city"), when the cue table lists the word so for a region or a city; a facility's
     * ("Tibu hospital") is another place than the town it is named after.
     */
    public Optional<EntityType> placeKind(String lowerWord) {
        EntityType t = cues.suffix(lowerWord);
        return t == EntityType.REGION || t == EntityType.CITY ? Optional.of(t) : Optional.empty(); // "Tibu hospital" is no Tibu
    }

    AliasIndex names() {
        return names;
    }

    AliasIndex places() {
        return places;
    }

    /** The towns under the world table's cut, read only where the text supports a place. */
    MinorTownTable towns() {
        return towns;
    }

    CueWords cues() {
        return cues;
    }

    /** The name typer's features, reading the head words of the cue table. */
    public NameFeatures nameFeatures() {
        return new NameFeatures(word -> {
            Optional<EntityType> t = cues.head(word);
            return t == null ? Optional.empty() : t.map(EntityType::localName);
        }, word -> cues.isGivenName(normalizer.canonicalWord(word)));
    }

    /** Whether an entry lies in the region read in full (places there are trusted more). */
    boolean inRegion(GazetteerEntry entry) {
        return entry.country().map(regionCountries::contains).orElse(false);
    }

    /** The entity type of an institution template ("foreign-ministry"). */
    Optional<EntityType> institutionType(String institution) {
        return Optional.ofNullable(institutionTypes.get(institution)).map(EntityType::fromLocalName);
    }

    /** The key of a country's institution: "foreign-ministry" of "iraq". */
    Optional<String> institutionKey(String institution, String countryId) {
        return Optional.ofNullable(institutionKeys.get(institution + "@" + countryId));
    }

    /** The institution an entry was made of for its country ("red-cross-society" for Niger's Red Cross), if any. */
    public Optional<String> institutionOf(String key) {
        return Optional.ofNullable(institutionsByKey.get(key));
    }

    /**
     * Whether the entry comes from the derived world tables, not a curated row: its short
     * names are taken only where they are not part of a longer proper name.
     */
    boolean derived(String key) {
        return derived.contains(key);
    }

    /** The actor a capital stands for where a document names it only as an actor. */
    Optional<String> metonym(String placeKey) {
        return Optional.ofNullable(metonyms.get(placeKey));
    }

    /** The actor a capital stands for as the subject of a verb in any document ("Washington said"). */
    Optional<String> subjectMetonym(String placeKey) {
        return subjectMetonyms.contains(placeKey) ? metonym(placeKey) : Optional.empty();
    }
}
