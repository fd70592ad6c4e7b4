package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The dates the store's events and claims carry, newest first (as the tables sort them: by the
 * text of the date, descending), each with how many items carry it: a few thousand values
 * however large the store, from which a page walks to the newest items of a large scope
 * without reading the others ({@link NewestFirst}).
 * <p>
 * Reading them reads every dated item, so they are kept for as long as the store is unchanged:
 * they are read in the caller's transaction and kept with the version of the store that
 * transaction sees (TDB2 numbers its committed writes; a compaction makes a new store, so its
 * storage is part of the key). A page reading another version reads them again. Without TDB2
 * (or outside a transaction) they are read every time.
 */
final class ItemDates {
    /** One date: the RDF term items carry, its text, and how many items carry it. */
    record Day(RDFNode date, String text, long items) {
    }

    private static final Comparator<Day> NEWEST_FIRST = Comparator.comparing(Day::text).reversed();

    private final GraphReader reader;
    private StoreState keptFor;
    private List<Day> kept = List.of();

    ItemDates(GraphReader reader) {
        this.reader = reader;
    }

    /** Every date of the store as the caller's transaction sees it, newest first. */
    List<Day> newestFirst() {
        Optional<StoreState> version = StoreState.of(reader.dataset().asDatasetGraph());
        synchronized (this) {
            if (version.isPresent() && version.get().equals(keptFor)) {
                return kept;
            }
        }
        List<Day> days = new ArrayList<>();
        for (Row row : reader.select(KgQuery.ITEM_DATES, q -> { })) {
            row.node("date").ifPresent(date -> days.add(
                    new Day(date, row.text("date").orElse(""), row.integer("items").orElse(0))));
        }
        days.sort(NEWEST_FIRST);
        List<Day> read = List.copyOf(days);
        version.ifPresent(v -> {
            synchronized (this) {
                keptFor = v;
                kept = read;
            }
        });
        return read;
    }
}
