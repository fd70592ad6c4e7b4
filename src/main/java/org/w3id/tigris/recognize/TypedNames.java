package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.w3id.tigris.recognize.typing.LabelledName;
import org.w3id.tigris.recognize.typing.NameInContext;

/**
 * The names whose type the gazetteers know, as examples for the name typer: every curated
 * actor, country, region, city and facility and every GeoNames place, by its label and
 * aliases, and people's names made of the given names and the surnames of the actors table.
 * Only names written as a proper-noun chunk is (capitalised words and the particles between
 * them) are kept, since only such a chunk reaches the typer; a name the gazetteers give two
 * types is left out. Each type keeps at most {@code perType} names, chosen by a fixed hash so
 * that the set is the same on every run.
 */
public final class TypedNames {
    private static final Set<String> PARTICLES = Set.of("of", "the", "for", "and", "al", "el", "bin", "ibn",
            "bint", "de", "du", "da", "la", "le", "ul", "von", "van", "der", "on", "in");
    /** The source of the people's names made of given names and surnames. */
    public static final String MADE_PEOPLE = "given-names";
    private static final long SEED = 11;

    private final Gazetteers gazetteers;
    private final int perType;

    public TypedNames(Gazetteers gazetteers, int perType) {
        this.gazetteers = gazetteers;
        this.perType = perType;
    }

    /** Every kept gazetteer name, exactly as written, to its type's local name. */
    public Map<String, String> typesByName() {
        Map<String, String> byName = new HashMap<>();
        for (LabelledName n : known()) {
            byName.put(n.name().name(), n.type());
        }
        return byName;
    }

    /** The examples, at most {@code perType} a type, in a stable order. */
    public List<LabelledName> examples() {
        List<LabelledName> all = new ArrayList<>(known());
        all.addAll(people(all));
        Map<String, List<LabelledName>> byType = new LinkedHashMap<>();
        for (LabelledName n : all) {
            byType.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n);
        }
        List<LabelledName> out = new ArrayList<>();
        for (List<LabelledName> names : byType.values()) {
            names.sort(Comparator.comparingInt((LabelledName n) -> mix(n.name().name())).thenComparing(n -> n.name().name()));
            out.addAll(names.subList(0, Math.min(perType, names.size())));
        }
        return out;
    }

    /** The gazetteers' own names, one example each, ambiguous ones left out. */
    private List<LabelledName> known() {
        Map<String, LabelledName> byFolded = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<GazetteerEntry> entries = new ArrayList<>(gazetteers.entries());
        entries.sort(Comparator.comparing(GazetteerEntry::key));
        for (GazetteerEntry e : entries) {
            if (gazetteers.derived(e.key()) && (e.type() == EntityType.COUNTRY || e.type() == EntityType.REGION)) {
                // the world tables list every country and first-level division, so the typer never
                // meets one; their thousands of names would teach it that an unknown name is a division
                continue;
            }
            String source = e.key().startsWith("geonames:") ? "geonames" : "gazetteer";
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            for (String written : names) {
                String name = titleCased(written);
                if (!chunkLike(name)) {
                    continue;
                }
                String folded = name.toLowerCase(Locale.ROOT);
                LabelledName prior = byFolded.get(folded);
                if (prior != null && !prior.type().equals(e.type().localName())) {
                    ambiguous.add(folded);
                } else if (prior == null) {
                    byFolded.put(folded, new LabelledName(NameInContext.bare(name), e.type().localName(), source));
                }
            }
        }
        ambiguous.forEach(byFolded::remove);
        return new ArrayList<>(byFolded.values());
    }

    /**
     * People's names: a given name with a surname of the actors table or a second given name
     * (the father's, as many names of the region are made).
     */
    private List<LabelledName> people(List<LabelledName> known) {
        List<String> given = new ArrayList<>();
        TsvTable.read("/gazetteer/given-names.tsv").rows().forEach(r -> given.add(capitalised(r.get("name"))));
        List<String> surnames = new ArrayList<>();
        for (LabelledName n : known) {
            List<String> words = n.name().words();
            if (n.type().equals(EntityType.PERSON.localName()) && words.size() >= 2) {
                surnames.add(words.get(words.size() - 1));
            }
        }
        surnames.addAll(given);
        Random random = new Random(SEED);
        Set<String> seen = new HashSet<>();
        known.forEach(n -> seen.add(n.name().name()));
        List<LabelledName> people = new ArrayList<>();
        for (int i = 0; i < perType * 3 && people.size() < perType; i++) {
            String name = person(random, given, surnames);
            if (seen.add(name)) {
                people.add(new LabelledName(NameInContext.bare(name), EntityType.PERSON.localName(), MADE_PEOPLE));
            }
        }
        return people;
    }

    /**
     * One name in one of the shapes people's names take in the news: given name and surname,
     * given name and father's name, with a grandfather's or family name after them, or a
     * kunya ("Abu Mahdi", the father of Mahdi).
     */
    private static String person(Random random, List<String> given, List<String> surnames) {
        String g = given.get(random.nextInt(given.size()));
        String f = given.get(random.nextInt(given.size()));
        String s = surnames.get(random.nextInt(surnames.size()));
        int shape = random.nextInt(10);
        return switch (shape) {
            case 0, 1, 2, 3 -> g + " " + s;
            case 4, 5 -> g + " " + f;
            case 6 -> g + " " + f + " " + s;
            case 7 -> g + " " + f + " " + given.get(random.nextInt(given.size())) + " " + s;
            default -> (random.nextInt(4) == 0 ? "Umm " : "Abu ") + f + (random.nextBoolean() ? "" : " " + s);
        };
    }

    /** Capitalised words, with the particles of names between them: what a proper-noun chunk is. */
    static boolean chunkLike(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        if (name.chars().noneMatch(Character::isLowerCase)) {
            return false; // an acronym: the acronym layer reads those
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            boolean particle = PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.matches("(?i)(al|el)-.*");
            if (!capital && !(particle && i > 0) && !w.matches("(?i)(al|el)-\\p{Lu}.*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Anbar province" as "Anbar Province": a name's common nouns are capitalised when it
     * stands as a proper noun, and those are the chunks the typer reads. Particles stay.
     */
    static String titleCased(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) && !name.matches("(?i)(al|el)-.*")) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean particle = PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.matches("(?i)(al|el)-.*");
            sb.append(particle || w.isEmpty() || !Character.isLowerCase(w.codePointAt(0)) ? w : capitalised(w));
        }
        return sb.toString();
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private static int mix(String s) {
        return s.hashCode() * 0x9E3779B1;
    }
}
