package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.typing.LabelledName;
import org.w3id.tigris.recognize.typing.NameInContext;

/**
 * The names whose type the gazetteers know, as examples for the name typer: every curated
 * actor, country, region, city and facility and every GeoNames place, by its label and
 * aliases (one in {@value #INSTITUTION_SHARE} of the institutions every state has), and
 * people's names made of the region's given names and the actors table's surnames and of the
 * world's given names and surnames ({@link MadePeople}). Only names written as a proper-noun chunk is (capitalised words and the particles between
 * them) are kept, since only such a chunk reaches the typer; a name the gazetteers give two
 * types is left out. Each type keeps at most {@code perType} names, chosen by a fixed hash so
 * that the set is the same on every run.
 */
public final class TypedNames {
    private static final Set<String> PARTICLES = Set.of("of", "the", "for", "and", "al", "el", "bin", "ibn",
            "bint", "de", "du", "da", "la", "le", "ul", "von", "van", "der", "on", "in");
    /** The source of the people's names made of given names and surnames. */
    public static final String MADE_PEOPLE = "given-names";
    /** The source of the people's names made of the world's given names and surnames. */
    public static final String WORLD_PEOPLE = "world-names";
    /** The world's share of the made people's names (README "Names no gazetteer knows"). */
    public static final int DEFAULT_WORLD_PERCENT = 50;
    /** One in this many names of an institution every state has is an example. */
    static final int INSTITUTION_SHARE = 40;

    private final Gazetteers gazetteers;
    private final int perType;
    private final int worldPercent;

    public TypedNames(Gazetteers gazetteers, int perType) {
        this(gazetteers, perType, DEFAULT_WORLD_PERCENT);
    }

    /** @param worldPercent the share of the made people's names that are of the world's cultures */
    public TypedNames(Gazetteers gazetteers, int perType, int worldPercent) {
        this.gazetteers = gazetteers;
        this.perType = perType;
        this.worldPercent = worldPercent;
    }

    /** Every kept gazetteer name, exactly as written, to its type's local name. */
    public Map<String, String> typesByName() {
        Map<String, String> byName = new HashMap<>();
        for (LabelledName n : known()) {
            byName.put(n.name().name(), n.type());
        }
        return byName;
    }

    /**
     * The examples, at most {@code perType} a type, in a stable order. People's names are the
     * gazetteers' own first, then made ones up to {@code perType}: {@code worldPercent} of
     * those of the world's cultures, the rest of the region's.
     */
    public List<LabelledName> examples() {
        List<LabelledName> known = known();
        Map<String, List<LabelledName>> byType = new LinkedHashMap<>();
        for (LabelledName n : known) {
            byType.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n);
        }
        List<LabelledName> out = new ArrayList<>();
        for (List<LabelledName> names : byType.values()) {
            names.sort(Comparator.comparingInt((LabelledName n) -> mix(n.name().name())).thenComparing(n -> n.name().name()));
            out.addAll(names.subList(0, Math.min(perType, names.size())));
        }
        int room = perType - (int) out.stream().filter(n -> n.type().equals(EntityType.PERSON.localName())).count();
        if (room > 0) {
            Set<String> taken = new HashSet<>();
            known.forEach(n -> taken.add(n.name().name()));
            MadePeople made = madePeople(known);
            int world = room * worldPercent / 100;
            out.addAll(made.region(room - world, taken));
            out.addAll(made.world(world, taken));
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
            Optional<String> institution = gazetteers.institutionOf(e.key());
            if (institution.isPresent()) {
                names = fewOf(institution.get(), names);
            }
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
     * The names of one country's institution, one in {@link #INSTITUTION_SHARE} kept (by a
     * fixed hash): an institution is one template expanded
     * for each of 250 countries ("Red Cross of Niger", "Ghana Red Cross Society" ...), and its
     * thousands of names taught the typer that an unknown organisation was a Red Cross and
     * an unknown body of a state a ministry of one.
     */
    private static List<String> fewOf(String institution, List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String n : names) {
            if (Math.floorMod(mix(institution + "|" + n), INSTITUTION_SHARE) == 0) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** The region's given names with the actors table's surnames, and the world's names. */
    private static MadePeople madePeople(List<LabelledName> known) {
        List<String> given = new ArrayList<>();
        TsvTable.read("/gazetteer/given-names.tsv").rows().forEach(r -> given.add(capitalised(r.get("name"))));
        List<String> surnames = new ArrayList<>();
        for (LabelledName n : known) {
            List<String> words = n.name().words();
            if (n.type().equals(EntityType.PERSON.localName()) && words.size() >= 2) {
                surnames.add(words.get(words.size() - 1));
            }
        }
        return new MadePeople(given, surnames);
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
