package org.w3id.tigris.cluster;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the store knows of places: which contains which (tg:locatedIn, followed transitively)
 * and which are countries. A country containing a place makes two reports compatible but is
 * no evidence that they report one event: a country holds too many events a day.
 */
public final class Places {
    private final Map<String, Set<String>> containers;
    private final Set<String> countries;

    /** @param containers each place's direct containers; @param countries the tg:Country IRIs */
    public Places(Map<String, Set<String>> containers, Set<String> countries) {
        this.containers = Map.copyOf(containers);
        this.countries = Set.copyOf(countries);
    }

    public static Places none() {
        return new Places(Map.of(), Set.of());
    }

    /** The place and every place containing it. */
    Set<String> withContainers(String place) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> todo = new LinkedHashSet<>(Set.of(place));
        while (!todo.isEmpty()) {
            String p = todo.iterator().next();
            todo.remove(p);
            if (out.add(p)) {
                todo.addAll(containers.getOrDefault(p, Set.of()));
            }
        }
        return out;
    }

    /** Same place, or one contains the other. */
    boolean related(String a, String b) {
        return withContainers(a).contains(b) || withContainers(b).contains(a);
    }

    /** Related, and the broader of the two is not a country. */
    boolean sameOrWithin(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (withContainers(a).contains(b)) {
            return !countries.contains(b);
        }
        return withContainers(b).contains(a) && !countries.contains(a);
    }

    /** The keys an event at this place is found under: the place and its non-country containers. */
    Set<String> blockingKeys(String place) {
        Set<String> keys = new HashSet<>(withContainers(place));
        keys.removeIf(p -> !p.equals(place) && countries.contains(p));
        return keys;
    }
}
