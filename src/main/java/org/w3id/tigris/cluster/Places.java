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
    // each place's containers, computed once: a store's reports ask for the same few thousand
    // places again and again
    private final Map<String, Set<String>> withContainers = new ConcurrentHashMap<>();

    /**
     * @param containers each place's direct containers
     * @param countries the tg:Country IRIs
     * @param regions the tg:Region IRIs
     */
    public Places(Map<String, Set<String>> containers, Set<String> countries, Set<String> regions) {
        this(Map.copyOf(containers)::get, Set.copyOf(countries)::contains, Set.copyOf(regions)::contains);
    }

    /**
     * Places looked up as they are asked for, as an update of part of a store's clusters reads
     * them: the containers of a place (null or empty when none), whether it is a country, a region.
     */
    public Places(Function<String, Set<String>> containers, Predicate<String> countries, Predicate<String> regions) {
        this.containers = containers;
        this.countries = countries;
        this.regions = regions;
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

    /** Same place, or one contains the other. */
    boolean related(String a, String b) {
        return withContainers(a).contains(b) || withContainers(b).contains(a);
    }

    /** The level of two related places (the broader one's), or null when they are not related. */
    Level shared(String a, String b) {
        String broader = withContainers(a).contains(b) ? b : withContainers(b).contains(a) ? a : null;
        if (broader == null) {
            return null;
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
