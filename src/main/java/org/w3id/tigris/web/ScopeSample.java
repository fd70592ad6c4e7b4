package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The first {@link ActivityQueries#MAX_SCOPE} events and claims of a scope that pass the
 * filters, read once with what the counts, the map and the timeline need of each (type,
 * places, sources, claimants, dates), and those three counted here from them.
 * <p>
 * Why: the count, the facet counts, the map and the timeline were four queries, each reading
 * the same sample of the scope again and looking its items up again (a UNION branch per facet
 * per item). Read once, the items' values are counted in plain Java; only what is shown of the
 * few the page draws (the places' points and names, the newest items' words) is read after.
 * The rows are those the four queries gave, with the same variables, in the same order.
 */
final class ScopeSample {
    /** One item of the sample and the values of it that are counted. */
    private record Item(RDFNode item, RDFNode type, Set<RDFNode> places, Set<RDFNode> sources,
                        Set<RDFNode> claimants, List<RDFNode> dates) {
    }

    private static final Comparator<RDFNode> TERM_ORDER = Comparator.comparing(ScopeSample::text);

    private final List<Item> items;
    private final boolean sampled;
    /** What was drawn from the items, by what it is: the sample is kept while the store is unchanged. */
    private final Map<String, List<Row>> drawn = new java.util.concurrent.ConcurrentHashMap<>();

    private ScopeSample(List<Item> items, boolean sampled) {
        this.items = items;
        this.sampled = sampled;
    }

    /** The sample of a scope through the filters: one query, its items in the store's order. */
    static ScopeSample read(GraphReader reader, ActivityQueries queries, ActivityScope scope, FacetSelection facets) {
        Map<List<RDFNode>, Item> byKey = new LinkedHashMap<>();
        for (Row row : reader.select(queries.sample(scope, facets))) {
            RDFNode item = row.node("item").orElseThrow();
            RDFNode type = row.node("type").orElseThrow();
            Item known = byKey.computeIfAbsent(List.of(item, type), k -> new Item(item, type, new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>()));
            row.node("place").ifPresent(known.places()::add);
            row.node("source").ifPresent(known.sources()::add);
            row.node("claimant").ifPresent(known.claimants()::add);
            row.node("date").filter(d -> !known.dates().contains(d)).ifPresent(known.dates()::add);
        }
        List<Item> all = new ArrayList<>(byKey.values());
        boolean sampled = all.size() > ActivityQueries.MAX_SCOPE;
        return new ScopeSample(List.copyOf(all.subList(0, Math.min(all.size(), ActivityQueries.MAX_SCOPE))), sampled);
    }

    /** Whether more items pass the filters than the sample holds. */
    boolean sampled() {
        return sampled;
    }

    /**
     * The counts of the facets named ({@code type}, {@code year}, {@code place}, {@code source},
     * {@code claimant}): {@code ?facet ?value ?n}, and {@code ?label} for places and claimants, each
     * facet's values by count, then by value, as {@code ActivityQueries}' facet query gave them.
     */
    List<Row> facets(List<String> names, GraphReader reader) {
        return drawn.computeIfAbsent("facets " + names, k -> facetRows(names, reader));
    }

    private List<Row> facetRows(List<String> names, GraphReader reader) {
        List<Row> rows = new ArrayList<>();
        for (String facet : names) {
            Function<Item, Set<RDFNode>> values = switch (facet) {
                case "type" -> item -> Set.of(item.type());
                case "place" -> Item::places;
                case "source" -> Item::sources;
                case "claimant" -> Item::claimants;
                case "year" -> item -> years(item.dates());
                default -> throw new IllegalArgumentException("No facet " + facet);
            };
            Map<RDFNode, Set<RDFNode>> itemsOf = new HashMap<>();
            for (Item item : items) {
                values.apply(item).forEach(v -> itemsOf.computeIfAbsent(v, k -> new HashSet<>()).add(item.item()));
            }
            List<RDFNode> order = new ArrayList<>(itemsOf.keySet());
            order.sort(Comparator.comparingInt((RDFNode v) -> -itemsOf.get(v).size()).thenComparing(TERM_ORDER));
            Map<String, String> labels = facet.equals("place") || facet.equals("claimant")
                    ? labels(reader, order.subList(0, Math.min(order.size(), ActivityQueries.MAX_FACET_VALUES)))
                    : Map.of();
            for (RDFNode value : order) {
                Map<String, RDFNode> row = new HashMap<>();
                row.put("facet", ResourceFactory.createPlainLiteral(facet));
                row.put("value", value);
                row.put("n", count(itemsOf.get(value).size()));
                if (value.isURIResource() && labels.containsKey(value.asResource().getURI())) {
                    row.put("label", ResourceFactory.createPlainLiteral(labels.get(value.asResource().getURI())));
                }
                rows.add(new Row(Map.copyOf(row)));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Events with a located place, counted per place and type: {@code ?placeIri ?type ?wkt
     * ?placeName ?n}, the most first, at most {@link ActivityQueries#MAX_MARKERS}.
     */
    List<Row> markers(GraphReader reader, ActivityQueries queries) {
        return drawn.computeIfAbsent("markers", k -> markerRows(reader, queries));
    }

    private List<Row> markerRows(GraphReader reader, ActivityQueries queries) {
        Map<List<RDFNode>, Set<RDFNode>> itemsAt = new HashMap<>();
        for (Item item : items) {
            item.places().forEach(p -> itemsAt.computeIfAbsent(List.of(p, item.type()), k -> new HashSet<>()).add(item.item()));
        }
        if (itemsAt.isEmpty()) {
            return List.of();
        }
        Map<RDFNode, Row> located = new HashMap<>();
        List<RDFNode> places = itemsAt.keySet().stream().map(k -> k.get(0)).distinct().toList();
        for (Row row : reader.select(queries.placePoints(places))) {
            located.put(row.node("placeIri").orElseThrow(), row);
        }
        List<List<RDFNode>> keys = new ArrayList<>(itemsAt.keySet().stream().filter(k -> located.containsKey(k.get(0))).toList());
        keys.sort(Comparator.comparingInt((List<RDFNode> k) -> -itemsAt.get(k).size())
                .thenComparing(k -> k.get(0), TERM_ORDER).thenComparing(k -> k.get(1), TERM_ORDER));
        List<Row> rows = new ArrayList<>();
        for (List<RDFNode> key : keys.subList(0, Math.min(keys.size(), ActivityQueries.MAX_MARKERS))) {
            Map<String, RDFNode> row = new HashMap<>(located.get(key.get(0)).values());
            row.put("type", key.get(1));
            row.put("n", count(itemsAt.get(key).size()));
            rows.add(new Row(Map.copyOf(row)));
        }
        return List.copyOf(rows);
    }

    /**
     * The newest {@link ActivityQueries#MAX_TIMELINE} dated items with their words: {@code ?item
     * ?type ?date ?what}, newest first, then by IRI.
     */
    List<Row> timeline(GraphReader reader, ActivityQueries queries) {
        return drawn.computeIfAbsent("timeline", k -> timelineRows(reader, queries));
    }

    private List<Row> timelineRows(GraphReader reader, ActivityQueries queries) {
        List<List<? extends RDFNode>> dated = new ArrayList<>(items.stream().filter(i -> !i.dates().isEmpty())
                .map(i -> List.of(i.item(), i.type(), i.dates().get(0))).toList());
        Comparator<List<? extends RDFNode>> newest = Comparator.comparing((List<? extends RDFNode> k) -> text(k.get(2)))
                .reversed().thenComparing(k -> k.get(0), TERM_ORDER);
        dated.sort(newest);
        List<List<? extends RDFNode>> shown = dated.subList(0, Math.min(dated.size(), ActivityQueries.MAX_TIMELINE));
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<List<RDFNode>, Row> words = new HashMap<>();
        for (Row row : reader.select(queries.words(shown))) {
            words.put(List.of(row.node("item").orElseThrow(), row.node("type").orElseThrow()), row);
        }
        List<Row> rows = new ArrayList<>();
        for (List<? extends RDFNode> key : shown) {
            Map<String, RDFNode> row = new HashMap<>();
            row.put("item", key.get(0));
            row.put("type", key.get(1));
            row.put("date", key.get(2));
            Row found = words.get(List.of(key.get(0), key.get(1)));
            if (found != null) {
                found.node("what").ifPresent(w -> row.put("what", w));
            }
            rows.add(new Row(Map.copyOf(row)));
        }
        return List.copyOf(rows);
    }

    /** The years of dates as the facet query named them: the first four characters. */
    private static Set<RDFNode> years(List<RDFNode> dates) {
        Set<RDFNode> years = new LinkedHashSet<>();
        for (RDFNode date : dates) {
            String text = text(date);
            years.add(ResourceFactory.createPlainLiteral(text.substring(0, Math.min(4, text.length()))));
        }
        return years;
    }

    private static Map<String, String> labels(GraphReader reader, List<RDFNode> values) {
        List<RDFNode> iris = values.stream().filter(RDFNode::isURIResource).toList();
        Map<String, String> labels = new HashMap<>();
        if (!iris.isEmpty()) {
            for (Row row : reader.select(KgQuery.LABELS, q -> q.setValues("these", iris))) {
                row.iri("this").ifPresent(iri -> row.text("label").ifPresent(label -> labels.put(iri, label)));
            }
        }
        return labels;
    }

    private static Literal count(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm()
                : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
