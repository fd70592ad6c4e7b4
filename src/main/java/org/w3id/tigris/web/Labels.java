package org.w3id.tigris.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * What to call a resource on a page: its label, title, claim text or source name; for an
 * event its type and date; else the end of its IRI. One instance serves one page and
 * remembers what it looked up.
 */
final class Labels {
    private static final int CLAIM_LABEL_LENGTH = 90;

    private final GraphReader reader;
    private final Map<String, String> known = new HashMap<>();

    Labels(GraphReader reader) {
        this.reader = reader;
    }

    String of(String iri) {
        return known.computeIfAbsent(iri, this::lookUp);
    }

    /** Looks up the labels of many resources in one query (those without one are looked up one by one later). */
    void preload(Collection<String> iris) {
        List<RDFNode> missing = iris.stream().distinct().filter(iri -> !known.containsKey(iri))
                .map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (Row row : reader.select(KgQuery.LABELS, q -> q.setValues("these", missing))) {
            row.iri("this").ifPresent(iri -> row.text("label").ifPresent(label -> known.put(iri, label)));
        }
    }

    /**
     * Looks up the names of many events and claims in one query, as {@link #of} would one by one
     * (a search page links a hundred of them); other resources are left to {@link #of}.
     */
    void preloadItems(Collection<String> iris) {
        List<RDFNode> items = iris.stream().distinct().filter(iri -> !known.containsKey(iri))
                .filter(iri -> iri.contains("/id/event/") || iri.contains("/id/claim/"))
                .map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
        if (items.isEmpty()) {
            return;
        }
        for (Row row : reader.select(KgQuery.LABELS_OF, q -> q.setValues("these", items))) {
            row.iri("this").ifPresent(iri -> known.put(iri, name(iri, row)));
        }
    }

    private String lookUp(String iri) {
        List<Row> rows = reader.select(KgQuery.LABEL, q -> q.setIri("this", iri));
        return rows.isEmpty() ? localName(iri) : name(iri, rows.get(0));
    }

    /** The name label.rq's row gives: the first of label, title, headline, claim text, source name, type and date. */
    private static String name(String iri, Row row) {
        if (row.text("label").isPresent()) {
            return row.text("label").get();
        }
        if (row.text("title").isPresent()) {
            return row.text("title").get();
        }
        if (row.text("headline").isPresent()) {
            return row.text("headline").get();
        }
        if (row.text("claimText").isPresent()) {
            return "“" + shorten(row.text("claimText").get(), CLAIM_LABEL_LENGTH) + "”";
        }
        if (row.text("sourceName").isPresent()) {
            return row.text("sourceName").get();
        }
        if (row.iri("type").isPresent()) {
            String type = humanize(localName(row.iri("type").get()));
            return row.text("date").map(date -> type + ", " + date).orElse(type);
        }
        return localName(iri);
    }

    /** The part of an IRI after its last '#' or '/'. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String local = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return local;
    }

    /** "ArmedGroup" to "Armed group", for a class without a label in the store. */
    static String humanize(String camelCase) {
        String spaced = camelCase.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return spaced.isEmpty() ? spaced
                : spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }

    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max);
        return flat.substring(0, space > max / 2 ? space : max) + "…";
    }
}
