package org.w3id.tigris.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.IriScheme;

/**
 * The filters a researcher chose for events and claims, as they stand in a page's URL:
 * {@code type} (a PLOVER type or {@code Claim}, repeatable), {@code from} and {@code to}
 * (a year, month or day), {@code place} and {@code claimant} (entity slugs) and
 * {@code source} (a document slug). Every value is checked against its form here, so that
 * only well-formed values are ever bound into a query.
 */
record FacetSelection(Set<String> types, Optional<String> from, Optional<String> to,
                      Optional<String> place, Optional<String> source, Optional<String> claimant) {

    static final String CLAIM = "Claim";
    static final List<String> PARAMETERS = List.of("type", "from", "to", "place", "source", "claimant");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** What {@link IriScheme#slug} makes. */
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    static final FacetSelection NONE = new FacetSelection(Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** A value in the URL that is not of its facet's form. */
    static final class BadFacetException extends IllegalArgumentException {
        BadFacetException(String message) {
            super(message);
        }
    }

    FacetSelection {
        types = Collections.unmodifiableSortedSet(new TreeSet<>(types));
    }

    /** @param parameters the request's parameters (as a servlet gives them) */
    static FacetSelection parse(Map<String, String[]> parameters) {
        Set<String> types = new TreeSet<>();
        for (String type : parameters.getOrDefault("type", new String[0])) {
            if (type.isBlank()) {
                continue;
            }
            if (!isType(type)) {
                throw new BadFacetException("type must be Claim or a PLOVER event type, not '" + type + "'");
            }
            types.add(type);
        }
        return new FacetSelection(types,
                single(parameters, "from", PERIOD, "a year, month or day (2024, 2024-02, 2024-02-08)"),
                single(parameters, "to", PERIOD, "a year, month or day (2024, 2024-02, 2024-02-08)"),
                single(parameters, "place", SLUG, "an entity's name in its IRI (letters, digits, . _ -)"),
                single(parameters, "source", SLUG, "a document's name in its IRI (letters, digits, . _ -)"),
                single(parameters, "claimant", SLUG, "an entity's name in its IRI (letters, digits, . _ -)"));
    }

    private static boolean isType(String type) {
        if (type.equals(CLAIM)) {
            return true;
        }
        try {
            EventType.fromLocalName(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> single(Map<String, String[]> parameters, String name, Pattern form, String what) {
        String[] values = parameters.getOrDefault(name, new String[0]);
        List<String> given = Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (given.size() > 1) {
            throw new BadFacetException(name + " is given more than once");
        }
        if (given.isEmpty()) {
            return Optional.empty();
        }
        if (!form.matcher(given.get(0)).matches()) {
            throw new BadFacetException(name + " must be " + what);
        }
        return Optional.of(given.get(0));
    }

    boolean isEmpty() {
        return equals(NONE);
    }

    FacetSelection with(String parameter, String value) {
        Map<String, Optional<String>> singles = singles();
        singles.put(parameter, Optional.ofNullable(value));
        return new FacetSelection(types, singles.get("from"), singles.get("to"), singles.get("place"),
                singles.get("source"), singles.get("claimant"));
    }

    FacetSelection without(String parameter) {
        return parameter.equals("type") ? new FacetSelection(Set.of(), from, to, place, source, claimant)
                : with(parameter, null);
    }

    private Map<String, Optional<String>> singles() {
        Map<String, Optional<String>> singles = new LinkedHashMap<>();
        singles.put("from", from);
        singles.put("to", to);
        singles.put("place", place);
        singles.put("source", source);
        singles.put("claimant", claimant);
        return singles;
    }

    /** The selection as URL parameters ({@code type=Assault&from=2024}), empty when none. */
    String queryString() {
        List<String> parts = new ArrayList<>();
        types.forEach(t -> parts.add("type=" + encode(t)));
        singles().forEach((name, value) -> value.ifPresent(v -> parts.add(name + "=" + encode(v))));
        return String.join("&", parts);
    }

    FacetSelection withoutType(String type) {
        return new FacetSelection(types.stream().filter(t -> !t.equals(type)).collect(Collectors.toSet()),
                from, to, place, source, claimant);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
