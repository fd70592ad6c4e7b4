package org.w3id.tigris.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Mention;

/**
 * The entities of one document as resolution proceeds: each by id, the persons with every name
 * the document uses for them, and the ids made from names no gazetteer knows.
 */
final class DocumentEntities {
    final Map<String, Entity> entities = new LinkedHashMap<>();
    /** Ids made from names no gazetteer knows. */
    final Set<String> unknown = new HashSet<>();
    /** Persons in the order they were first named, with every name used for them. */
    final Map<String, List<List<String>>> persons = new LinkedHashMap<>();
    /** The id most recently named, per person, to prefer the nearest. */
    final List<String> personOrder = new ArrayList<>();

    String add(Entity e, Mention m, PersonNames names) {
        Entity existing = entities.get(e.id());
        if (existing == null) {
            entities.put(e.id(), e);
        } else if (unknown.contains(e.id()) && Resolver.label(m.text()).length() > existing.label().length()) {
            // a name no gazetteer knows: its label is the fullest form the document uses
            entities.put(e.id(), new Entity(existing.id(), Resolver.label(m.text()), existing.type(), existing.wikidata(),
                    existing.geonames(), existing.point(), existing.locatedIn(), existing.aliases()));
        }
        Entity stored = entities.get(e.id());
        if (stored.type() == EntityType.PERSON) {
            List<List<String>> forms = persons.computeIfAbsent(stored.id(), k -> new ArrayList<>());
            forms.add(names.keys(stored.label()));
            forms.add(names.keys(m.text()));
            personOrder.remove(stored.id());
            personOrder.add(stored.id());
        }
        return stored.id();
    }

    String addUnknown(Entity e, Mention m, PersonNames names) {
        if (!entities.containsKey(e.id())) {
            unknown.add(e.id());
        }
        return add(e, m, names);
    }

    /**
     * "Shafaq News" and "Shafaq News Agency": an unknown name of two or more words that begins
     * another unknown name of the same type, or that the other begins, is the same entity.
     */
    Optional<String> unknownExtending(Entity e, List<String> keys, PersonNames names) {
        if (keys.size() < 2) {
            return Optional.empty();
        }
        for (String id : unknown) {
            Entity other = entities.get(id);
            List<String> otherKeys = names.keys(other.label());
            if (other.type() == e.type() && otherKeys.size() >= 2
                    && (startsWith(otherKeys, keys) || startsWith(keys, otherKeys))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(List<String> longer, List<String> prefix) {
        return longer.size() >= prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    String bind(String id) {
        if (entities.get(id).type() == EntityType.PERSON) {
            personOrder.remove(id);
            personOrder.add(id);
        }
        return id;
    }

    Optional<String> personBefore(List<String> keys) {
        for (int i = personOrder.size() - 1; i >= 0; i--) {
            String id = personOrder.get(i);
            for (List<String> form : persons.get(id)) {
                if (PersonNames.isPartOf(keys, form)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> uniquePerson(List<String> keys) {
        String found = null;
        for (Map.Entry<String, List<List<String>>> p : persons.entrySet()) {
            for (List<String> form : p.getValue()) {
                if (PersonNames.isPartOf(keys, form)) {
                    if (found != null && !found.equals(p.getKey())) {
                        return Optional.empty();
                    }
                    found = p.getKey();
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
