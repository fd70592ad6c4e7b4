package org.w3id.tigris.cluster;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the store knows of places: which contains which (tg:locatedIn, followed transitively)
 * and which are countries or regions. How much two places say that two reports are one event
 * depends on the broader of them: a country holds too many events a day to say anything, a
 * region (a province, a governorate, Gaza) says something, a city or a facility says most.
 */
public final class Places {
    private final Function<String, Set<String>> containers;
    private final Predicate<String> countries;
    private final Predicate<String> regions;
    private final Function<String, String> labels;
    // each place's containers, computed once: a store's reports ask for the same few thousand
    // places again and again
    private final Map<String, Set<String>> withContainers = new ConcurrentHashMap<>();
    private final Map<String, String> baseNames = new ConcurrentHashMap<>();

    /**
     * @param containers each place's direct containers
     * @param countries the tg:Country IRIs
     * @param regions the tg:Region IRIs
     */
    public Places(Map<String, Set<String>> containers, Set<String> countries, Set<String> regions) {
        this(containers, countries, regions, Map.of());
    }

    /** @param labels each place's name (rdfs:label) */
    public Places(Map<String, Set<String>> containers, Set<String> countries, Set<String> regions, Map<String, String> labels) {
        this(Map.copyOf(containers)::get, Set.copyOf(countries)::contains, Set.copyOf(regions)::contains, Map.copyOf(labels)::get);
    }

    /**
     * Places looked up as they are asked for, as an update of part of a store's clusters reads
     * them: the containers of a place (null or empty when none), whether it is a country, a region.
     */
    public Places(Function<String, Set<String>> containers, Predicate<String> countries, Predicate<String> regions,
                  Function<String, String> labels) {
        this.containers = containers;
        this.countries = countries;
        this.regions = regions;
        this.labels = labels;
    }

    public static Places none() {
        return new Places(Map.<String, Set<String>>of(), Set.of(), Set.of());
    }

    /** How specific a shared place is: the broader of two related places decides. */
    enum Level { COUNTRY, REGION, LOCAL }

    /** The place and every place containing it. */
    Set<String> withContainers(String place) {
        Set<String> known = withContainers.get(place);
        if (known != null) {
            return known;
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> todo = new LinkedHashSet<>(Set.of(place));
        while (!todo.isEmpty()) {
            String p = todo.iterator().next();
            todo.remove(p);
            if (out.add(p)) {
                Set<String> up = containers.apply(p);
                if (up != null) {
                    todo.addAll(up);
                }
            }
        }
        Set<String> result = Set.copyOf(out);
        withContainers.put(place, result);
        return result;
    }

    /**
     * Whether the store knows where the place lies: it has a container (every gazetteer place
     * below a country has) or is a country. A name the recognizer found and no gazetteer knows
     * (a camp, a crossing, a district's airport) has none.
     */
    boolean located(String place) {
        Set<String> up = containers.apply(place);
        return up != null && !up.isEmpty() || countries.test(place);
    }

    /**
     * Two names of one place: the same name once the kind words are dropped ("Lala camp" and
     * "Lala displacement site", "Chong Chom" and "the Chong Chom crossing", "Bannu" and "Bannu
     * district"), as the extraction joins a headline's place with its lede's. Only when the
     * store cannot locate one of them.
     */
    boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (located(a) && located(b)) {
            return false; // the gazetteer knows both, and where they lie decides (two Tripolis)
        }
        String x = baseName(a);
        return !x.isEmpty() && x.equals(baseName(b));
    }

    /** Kept per place: every pair of reports in a block asks it, and a label may be a read of the store. */
    private String baseName(String iri) {
        return baseNames.computeIfAbsent(iri, p -> PlaceName.base(labels.apply(p)));
    }

    /** Same place, or one contains the other. */
    boolean related(String a, String b) {
        return withContainers(a).contains(b) || withContainers(b).contains(a);
    }

    /** The level of two related places (the broader one's), or null when they are not related. */
    Level shared(String a, String b) {
        String broader = withContainers(a).contains(b) ? b : withContainers(b).contains(a) ? a : null;
        if (broader == null) {
            if (!sameName(a, b)) {
                return null;
            }
            // one place under two names: the broader reading of the two decides
            return countries.test(a) || countries.test(b) ? Level.COUNTRY
                    : regions.test(a) || regions.test(b) ? Level.REGION : Level.LOCAL;
        }
        return countries.test(broader) ? Level.COUNTRY : regions.test(broader) ? Level.REGION : Level.LOCAL;
    }

    /** Whether the IRI is a tg:Country. */
    boolean isCountry(String iri) {
        return countries.test(iri);
    }

    /** The keys an event at this place is found under: the place and its containers, countries aside. */
    Set<String> blockingKeys(String place) {
        Set<String> keys = new HashSet<>(withContainers(place));
        keys.removeIf(countries);
        return keys;
    }
}
