package org.w3id.tigris.store;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.store.LoadPlan.Action;

/**
 * The documents of N-Quads parts written into a store that already holds documents: each
 * new or changed one through the store's indexed writer ({@link LiveStore}), in groups of
 * {@code groupSize} documents per transaction, as {@code tigris ingest} writes a batch into
 * such a store. Each group replaces its documents' graphs, updates the event clusters its
 * reports touch and then its own text and spatial index entries, so the cost of a load
 * follows the documents it writes, not the documents the store holds: no loader replays the
 * store's indexes, nothing is rebuilt.
 */
final class PartsUpdate {
    private final LiveStore writer;
    private final int groupSize;
    private final Consumer<String> log;
    private DocumentGroup group;

    PartsUpdate(LiveStore writer, int groupSize, Consumer<String> log) {
        this.writer = writer;
        this.groupSize = groupSize;
        this.log = log;
    }

    /** Writes the documents {@code plan} adds or replaces, part by part; returns how many. */
    int write(List<Path> parts, LoadPlan plan) {
        TreeSet<Integer> written = new TreeSet<>(plan.partsWith(Action.ADD));
        written.addAll(plan.partsWith(Action.REPLACE));
        int[] count = {0};
        try {
            for (int part : written) {
                log.accept("writing new and changed documents of " + parts.get(part).getFileName());
                QuadParts.parse(parts.get(part), new DocumentBlocks(document -> {
                    Action action = plan.action(part, document.name());
                    if (action == Action.ADD || action == Action.REPLACE) {
                        add(document);
                        count[0]++;
                    }
                }));
            }
            commit();
        } finally {
            if (group != null) {
                group.close(); // a failure: the open group's documents are not written
            }
        }
        writer.settle();
        return count[0];
    }

    private void add(DocumentGraph document) {
        if (group == null) {
            group = writer.group();
        }
        group.add(document);
        if (group.size() >= groupSize) {
            commit();
        }
    }

    private void commit() {
        if (group != null) {
            DocumentGroup done = group;
            group = null;
            done.commit();
        }
    }
}
