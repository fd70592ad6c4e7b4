package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A page of a large scope's events and claims in the table's order (newest first, then by
 * IRI), found without sorting the whole scope: the store's dates are walked from the newest
 * ({@link ItemDates}), the items of a batch of dates tested against the scope and the filters,
 * until the page is full; only then are the page's rows read. The batches grow as the walk goes
 * on, and a date's items are never split between two batches, so each batch, sorted, continues
 * the table exactly.
 * <p>
 * For a scope that is a large share of the store (Iraq's 14,519 of 34,098 dated items at 5,000
 * documents) the first page reads a few hundred items instead of all of them. For a small
 * share the walk would read much of the store: it gives up after {@link #BUDGET} items, and
 * when the dates run out (undated items come last), and the caller sorts the scope instead.
 */
final class NewestFirst {
    /** Items of the dates walked, at most, before the walk gives up. */
    static final long BUDGET = 20L * ActivityQueries.MAX_SCOPE;
    /** The items of the first batch of dates, at least. */
    private static final long FIRST_BATCH = 512;

    private static final Comparator<Row> TABLE_ORDER = Comparator
            .comparing((Row row) -> row.text("date").orElse("")).reversed()
            .thenComparing(row -> row.iri("item").orElse(""));

    private final GraphReader reader;
    private final ItemDates dates;
    private final ActivityQueries queries;

    NewestFirst(GraphReader reader, ItemDates dates, ActivityQueries queries) {
        this.reader = reader;
        this.dates = dates;
        this.queries = queries;
    }

    /** The table's rows from {@code offset} on, at most {@code limit}; empty when the walk gave up. */
    Optional<List<Row>> page(ActivityScope scope, FacetSelection facets, long limit, long offset) {
        long wanted = offset + limit;
        List<ItemDates.Day> days = dates.newestFirst();
        List<List<? extends RDFNode>> keys = new ArrayList<>();
        Set<List<RDFNode>> seen = new HashSet<>();
        int next = 0;
        long walked = 0;
        long batchSize = Math.max(FIRST_BATCH, 4 * wanted);
        while (keys.size() < wanted) {
            if (next >= days.size() || walked >= BUDGET) {
                return Optional.empty();
            }
            List<RDFNode> batch = new ArrayList<>();
            long items = 0;
            String last = null;
            while (next < days.size() && (items < batchSize || days.get(next).text().equals(last))) {
                ItemDates.Day day = days.get(next++);
                batch.add(day.date());
                items += day.items();
                last = day.text();
            }
            walked += items;
            batchSize *= 2;
            List<Row> found = new ArrayList<>(reader.select(queries.dated(scope, facets, batch)));
            found.sort(TABLE_ORDER);
            for (Row row : found) {
                // an item with two dates is listed once, at the newer (the table shows one of them)
                List<RDFNode> key = List.of(row.node("item").orElseThrow(), row.node("type").orElseThrow());
                if (seen.add(key)) {
                    keys.add(List.of(key.get(0), key.get(1), row.node("date").orElseThrow()));
                }
            }
        }
        List<List<? extends RDFNode>> page = keys.subList((int) Math.min(offset, keys.size()), (int) Math.min(wanted, keys.size()));
        return Optional.of(page.isEmpty() ? List.of() : reader.select(queries.details(page)));
    }
}
