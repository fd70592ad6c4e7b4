package org.w3id.tigris.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a load does with each document of its parts, as {@code tigris ingest} would: a
 * document the store holds in the same version (source name, content hash, pipeline
 * fingerprint) is left alone, one it holds in another version is replaced, a new one is
 * added. A source name that appears in several parts is taken from the last of them.
 */
final class LoadPlan {
    /** What happens to one document of the parts. */
    enum Action { ADD, REPLACE, UNCHANGED, SUPERSEDED }

    private final Map<Integer, Map<String, Action>> byPart = new HashMap<>();
    private final Map<Action, Integer> counts = new LinkedHashMap<>();

    /**
     * @param documents what the parts hold
     * @param stored    the source names the store holds
     * @param current   whether the store holds this version of a document it holds
     */
    LoadPlan(List<PartDocument> documents, Set<String> stored, Predicate<PartDocument> current) {
        for (Action a : Action.values()) {
            counts.put(a, 0);
        }
        Map<String, PartDocument> last = new HashMap<>();
        for (PartDocument d : documents) {
            last.merge(d.sourceName(), d, (a, b) -> b.part() >= a.part() ? b : a);
        }
        for (PartDocument d : documents) {
            Action action;
            if (last.get(d.sourceName()) != d) {
                action = Action.SUPERSEDED;
            } else if (!stored.contains(d.sourceName())) {
                action = Action.ADD;
            } else {
                action = current.test(d) ? Action.UNCHANGED : Action.REPLACE;
            }
            byPart.computeIfAbsent(d.part(), p -> new HashMap<>()).put(d.graph(), action);
            counts.merge(action, 1, Integer::sum);
        }
    }

    /** The action for a document graph of a part (documents are named by graph within a part). */
    Action action(int part, String graph) {
        Map<String, Action> actions = byPart.get(part);
        Action a = actions == null ? null : actions.get(graph);
        if (a == null) {
            throw new IllegalStateException("graph " + graph + " was not in part " + part + " when it was scanned");
        }
        return a;
    }

    int count(Action action) {
        return counts.get(action);
    }

    /** True when every document of the parts is added whole: the parts can be loaded as they are. */
    boolean addsEverything() {
        return counts.get(Action.ADD) > 0 && counts.get(Action.REPLACE) == 0 && counts.get(Action.UNCHANGED) == 0
                && counts.get(Action.SUPERSEDED) == 0;
    }

    /** The parts that hold a document with this action, in order. */
    List<Integer> partsWith(Action action) {
        Set<Integer> parts = new HashSet<>();
        byPart.forEach((part, actions) -> {
            if (actions.containsValue(action)) {
                parts.add(part);
            }
        });
        List<Integer> sorted = new ArrayList<>(parts);
        sorted.sort(null);
        return sorted;
    }
}
