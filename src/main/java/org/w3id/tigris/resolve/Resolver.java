package org.w3id.tigris.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.GazetteerEntry;
import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.recognize.Word;

/**
 * Binds each mention of a document to one canonical entity, the same in every document:
 * <ol>
 *   <li>a gazetteer key names its gazetteer entity (aliases and transliterations were folded
 *       when matching, so "Kata'ib Hizbullah" and "KH" arrive with the same key);</li>
 *   <li>an acronym the text defines ("... Forces (PMF)") names what its long form names;</li>
 *   <li>a part of a person's name ("Sudani", "Muhammad Kawtharani") names the person whose full
 *       name the document gives, the nearest before it, else a unique one after it;</li>
 *   <li>any other name gets an id from its canonical spelling, so that it is the same in every
 *       document, and is never merged with another entity because the names look alike.</li>
 * </ol>
 * Holds no per-document state: one instance may serve several threads.
 */
public final class Resolver {
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z]{1,7}");
    /** Between a long form and its acronym: "(" and at most two lower-case words ("agency"). */
    private static final Pattern DEFINITION_GAP = Pattern.compile("(\\s+[a-z]+){0,2}\\s*\\(\\s*");

    private final Gazetteers gazetteers;
    private final PersonNames personNames;

    public Resolver(Gazetteers gazetteers) {
        this.gazetteers = gazetteers;
        this.personNames = new PersonNames(gazetteers.scanner());
    }

    /** A known entity by id (a gazetteer entity), e.g. to describe the place another is located in. */
    public Optional<Entity> known(String id) {
        return gazetteers.entryById(id).map(Resolver::entity);
    }

    public Resolution resolve(String text, List<Mention> mentions) {
        DocumentEntities doc = new DocumentEntities();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> mentions.get(i).begin()).thenComparingInt(i -> i));
        Map<String, Integer> acronyms = acronymDefinitions(text, mentions, order);

        String[] ids = new String[mentions.size()];
        List<Integer> deferred = new ArrayList<>();
        for (int i : order) {
            Mention m = mentions.get(i);
            Optional<GazetteerEntry> entry = m.gazetteerKey().flatMap(gazetteers::entry);
            if (entry.isPresent()) {
                ids[i] = doc.add(entity(entry.get()), m, personNames);
                continue;
            }
            Integer longForm = acronyms.get(m.text());
            if (longForm != null && longForm != i && ids[longForm] != null) {
                ids[i] = doc.bind(ids[longForm]);
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                List<String> keys = personNames.keys(m.text());
                Optional<String> person = doc.personBefore(keys);
                if (person.isPresent()) {
                    ids[i] = doc.bind(person.get());
                    continue;
                }
                if (keys.size() == 1) {
                    deferred.add(i);
                    continue;
                }
            }
            ids[i] = addNew(doc, m);
        }
        for (int i : deferred) {
            Mention m = mentions.get(i);
            Optional<String> person = doc.uniquePerson(personNames.keys(m.text()));
            ids[i] = person.isPresent() ? doc.bind(person.get()) : addNew(doc, m);
        }
        List<ResolvedMention> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            resolved.add(new ResolvedMention(mentions.get(i), doc.entities.get(ids[i])));
        }
        return new Resolution(resolved, doc.entities);
    }

    /**
     * "LONG FORM (ACR)": the acronym's text mapped to the index of the long form's mention,
     * when the two mentions stand side by side around an opening parenthesis.
     */
    private static Map<String, Integer> acronymDefinitions(String text, List<Mention> mentions, List<Integer> order) {
        Map<String, Integer> defs = new HashMap<>();
        for (int k = 1; k < order.size(); k++) {
            Mention prev = mentions.get(order.get(k - 1));
            Mention m = mentions.get(order.get(k));
            if (prev.end() > m.begin() || !ACRONYM.matcher(m.text()).matches()) {
                continue;
            }
            String between = text.substring(prev.end(), m.begin());
            boolean closed = text.substring(m.end(), Math.min(text.length(), m.end() + 2)).trim().startsWith(")");
            if (DEFINITION_GAP.matcher(between).matches() && closed) {
                defs.putIfAbsent(m.text(), order.get(k - 1));
            }
        }
        return defs;
    }

    private String addNew(DocumentEntities doc, Mention m) {
        Entity e = unknown(m);
        if (gazetteers.entryById(e.id()).isPresent()) {
            return doc.add(e, m, personNames);
        }
        if (m.type() != EntityType.PERSON) {
            Optional<String> longer = doc.unknownExtending(e, personNames.keys(e.label()), personNames);
            if (longer.isPresent()) {
                return doc.bind(longer.get());
            }
        }
        return doc.addUnknown(e, m, personNames);
    }

    /**
     * An entity no gazetteer knows: its id from the canonical spelling of the part of its name
     * every document shares ({@link SharedNames}), its label the name as written.
     */
    private Entity unknown(Mention m) {
        String label = label(m.text());
        // the whole name may be a known place's id ("Nineveh Province"): then it is that place
        Optional<GazetteerEntry> whole = gazetteers.entryById(slug(label)).filter(e -> e.type() == m.type());
        if (whole.isPresent()) {
            return entity(whole.get());
        }
        String shared = SharedNames.of(label, m.type());
        String id = slug(shared);
        Optional<GazetteerEntry> same = gazetteers.entryById(id);
        if (same.isPresent()) {
            if (same.get().type() == m.type()) {
                return entity(same.get());
            }
            id = id + "-" + m.type().localName().toLowerCase(Locale.ROOT);
        }
        return new Entity(id, label, m.type(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), otherNames(label, shared, m.type()));
    }

    private String slug(String name) {
        return gazetteers.normalizer().slug(gazetteers.scanner().scan(name).stream().map(Word::folded).toList());
    }

    /**
     * "Tapoa province" is also "Tapoa": a place's name ending in a lower-case word for its kind
     * ("valley", "river" as well as the divisions) or in a division is known without it too (the
     * text and other sources use both).
     */
    private Set<String> otherNames(String label, String shared, EntityType type) {
        Set<String> names = new HashSet<>();
        if (!shared.equals(label)) {
            names.add(shared);
        }
        int space = label.lastIndexOf(' ');
        if (type.isLocation() && space > 0) {
            String kind = label.substring(space + 1);
            if (kind.equals(kind.toLowerCase(Locale.ROOT)) && gazetteers.placeKind(kind).isPresent()) {
                names.add(label.substring(0, space));
            }
        }
        return Set.copyOf(names);
    }

    /**
     * The name as a label: no leading "the", no possessive, no quoted nickname (Jimmy "Barbecue"
     * Cherizier is Jimmy Cherizier in every document, the nickname stays in the mention), single spaces.
     */
    static String label(String surface) {
        String s = surface.replaceAll("\\s+", " ").trim();
        s = s.replaceAll(" [\"\u201C][^\"\u201C\u201D]{1,40}[\"\u201D] ", " ");
        s = s.replaceFirst("^(?i:the) ", "");
        s = s.replaceFirst("['\u2019][sS]$", "");
        return s;
    }

    static Entity entity(GazetteerEntry e) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(e.aliases());
        aliases.remove(e.label());
        return new Entity(e.id(), e.label(), e.type(), e.wikidata(), e.geonames(), e.point(), e.locatedIn(),
                Set.copyOf(aliases));
    }
}
