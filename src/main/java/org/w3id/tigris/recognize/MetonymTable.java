package org.w3id.tigris.recognize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The places that stand for an actor ({@code metonyms.tsv}: "Baghdad said" is Iraq's
 * government), and those of them that do so also as a sentence's subject.
 */
record MetonymTable(Map<String, String> actorOf, Set<String> subjects) {

    /** @param requireEntry fails on a row naming a key no gazetteer entry has */
    static MetonymTable read(TsvTable table, BiConsumer<String, TsvTable.Row> requireEntry) {
        Map<String, String> actorOf = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        for (TsvTable.Row row : table.rows()) {
            requireEntry.accept(row.get("place"), row);
            requireEntry.accept(row.get("actor"), row);
            actorOf.put(row.get("place"), row.get("actor"));
            if (row.get("subject").equals("yes")) {
                subjects.add(row.get("place"));
            }
        }
        return new MetonymTable(Map.copyOf(actorOf), Set.copyOf(subjects));
    }
}
