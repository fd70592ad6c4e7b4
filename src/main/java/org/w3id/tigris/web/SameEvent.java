package org.w3id.tigris.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * When two reports of the same type of event are the same event: they must agree on the day
 * and on the place. The day: both dated to the day, at most {@value #DAYS} day apart (a
 * report's "on Tuesday" may resolve a day off); a month or a year says too little, since the
 * same place is often struck twice in a month. The place: the same place, or places at most
 * {@value #KILOMETRES} km apart (a base and the town beside it); a province or a country is
 * too large to agree with anything but itself. Without a day or a place there is no match.
 */
final class SameEvent {
    static final int DAYS = 1;
    static final double KILOMETRES = 25.0;
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final Pattern POINT = Pattern.compile(
            "POINT\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*\\)", Pattern.CASE_INSENSITIVE);

    /** A place: its IRI and, when known, its point (longitude, latitude in degrees). */
    record Place(String iri, Optional<double[]> point) {
    }

    /** An event's days and places. */
    record WhenWhere(Set<LocalDate> days, Map<String, Place> places) {
        /** From rows of {@code ?date}, {@code ?place}, {@code ?wkt}. */
        static WhenWhere of(List<Row> rows) {
            Set<LocalDate> days = new LinkedHashSet<>();
            Map<String, Place> places = new LinkedHashMap<>();
            for (Row row : rows) {
                row.node("date").flatMap(SameEvent::day).ifPresent(days::add);
                row.iri("place").ifPresent(iri -> {
                    Optional<double[]> point = row.text("wkt").flatMap(SameEvent::point);
                    if (!places.containsKey(iri) || point.isPresent()) {
                        places.put(iri, new Place(iri, point));
                    }
                });
            }
            return new WhenWhere(days, places);
        }
    }

    private SameEvent() {
    }

    /** The events of other sources that are the same as {@code event}, in the store's order. */
    static List<String> of(GraphReader reader, String event) {
        WhenWhere here = WhenWhere.of(reader.select(KgQuery.EVENT_WHEN_WHERE, q -> q.setIri("this", event)));
        if (here.days().isEmpty() || here.places().isEmpty()) {
            return List.of();
        }
        Map<String, List<Row>> candidates = new LinkedHashMap<>();
        for (Row row : reader.select(KgQuery.SIMILAR_EVENTS, q -> q.setIri("this", event))) {
            row.iri("other").ifPresent(other -> candidates.computeIfAbsent(other, o -> new ArrayList<>()).add(row));
        }
        List<String> same = new ArrayList<>();
        candidates.forEach((other, rows) -> {
            if (agree(here, WhenWhere.of(rows))) {
                same.add(other);
            }
        });
        return same;
    }

    static boolean agree(WhenWhere a, WhenWhere b) {
        return agreeOnDay(a.days(), b.days()) && agreeOnPlace(a.places().values(), b.places().values());
    }

    private static boolean agreeOnDay(Set<LocalDate> a, Set<LocalDate> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> Math.abs(ChronoUnit.DAYS.between(x, y)) <= DAYS));
    }

    private static boolean agreeOnPlace(Iterable<Place> a, Iterable<Place> b) {
        for (Place x : a) {
            for (Place y : b) {
                if (x.iri().equals(y.iri()) || x.point().isPresent() && y.point().isPresent()
                        && kilometres(x.point().get(), y.point().get()) <= KILOMETRES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Great-circle distance (haversine) between two longitude/latitude points. */
    static double kilometres(double[] a, double[] b) {
        double lat1 = Math.toRadians(a[1]);
        double lat2 = Math.toRadians(b[1]);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b[0] - a[0]);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** A date known to the day (xsd:date); coarser dates give nothing. */
    private static Optional<LocalDate> day(RDFNode node) {
        if (!node.isLiteral()) {
            return Optional.empty();
        }
        Literal literal = node.asLiteral();
        if (!XSDDatatype.XSDdate.getURI().equals(literal.getDatatypeURI())) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(literal.getLexicalForm().substring(0, 10)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The point of a WKT literal ({@code POINT(lon lat)}, Tigris's CRS84 order). */
    private static Optional<double[]> point(String wkt) {
        Matcher m = POINT.matcher(wkt);
        return m.find() ? Optional.of(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))})
                : Optional.empty();
    }
}
