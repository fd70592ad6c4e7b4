package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.tigris.recognize.typing.LabelledName;
import org.w3id.tigris.recognize.typing.NameInContext;

/**
 * People's names made for the name typer's examples, in the shapes names take in the news.
 * Two kinds: names of the region Tigris was built on, of the curated given names and the
 * actors table's surnames; and names of the world, each of one culture's given name and
 * surname (the Latin-script locales of {@code recognize/world-names.tsv}), so that a person
 * of another region is not taken for a town because the typer never met their given name.
 */
final class MadePeople {
    /** The source of the region's made names. */
    static final String REGION = TypedNames.MADE_PEOPLE;
    /** The source of the world's made names. */
    static final String WORLD = TypedNames.WORLD_PEOPLE;
    static final String WORLD_NAMES = "/recognize/world-names.tsv";
    /** Cultures that write the family name first, as English-language news keeps it ("Nguyen Van Thanh"). */
    private static final Set<String> SURNAME_FIRST = Set.of("vi");
    /** A locale that lists one kind only borrows the other from this one (Hong Kong's surnames, English given names). */
    private static final String FALLBACK = "en";
    private static final long SEED = 11;

    private final List<String> given;
    private final List<String> surnames;
    private final Map<String, List<List<String>>> byLocale;

    /**
     * @param given    the region's given names, capitalised
     * @param surnames the region's surnames (the actors table's)
     */
    MadePeople(List<String> given, List<String> surnames) {
        this.given = List.copyOf(given);
        this.surnames = List.copyOf(surnames);
        this.byLocale = worldNames();
    }

    /** At most {@code n} names of the region, none of {@code taken}, which grows with them. */
    List<LabelledName> region(int n, Set<String> taken) {
        List<String> pool = new ArrayList<>(surnames);
        pool.addAll(given);
        Random random = new Random(SEED);
        List<LabelledName> people = new ArrayList<>();
        for (int i = 0; i < n * 3 && people.size() < n; i++) {
            String name = regionName(random, pool);
            if (taken.add(name)) {
                people.add(new LabelledName(NameInContext.bare(name), EntityType.PERSON.localName(), REGION));
            }
        }
        return people;
    }

    /** At most {@code n} names of the world, a culture chosen first so that each gets its share. */
    List<LabelledName> world(int n, Set<String> taken) {
        List<String> locales = new ArrayList<>(byLocale.keySet());
        Random random = new Random(SEED);
        List<LabelledName> people = new ArrayList<>();
        for (int i = 0; i < n * 3 && people.size() < n && !locales.isEmpty(); i++) {
            String locale = locales.get(random.nextInt(locales.size()));
            List<String> g = byLocale.get(locale).get(0);
            List<String> s = byLocale.get(locale).get(1);
            String first = pick(random, g);
            String family = pick(random, s);
            String name = switch (random.nextInt(8)) {
                case 0 -> first + " " + pick(random, g) + " " + family; // a middle name
                default -> SURNAME_FIRST.contains(locale) ? family + " " + first : first + " " + family;
            };
            if (taken.add(name)) {
                people.add(new LabelledName(NameInContext.bare(name), EntityType.PERSON.localName(), WORLD));
            }
        }
        return people;
    }

    /**
     * Given name and surname, given name and father's name, with a grandfather's or family
     * name after them, or a kunya ("Abu Mahdi", the father of Mahdi).
     */
    private String regionName(Random random, List<String> pool) {
        String g = pick(random, given);
        String f = pick(random, given);
        String s = pick(random, pool);
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> g + " " + s;
            case 4, 5 -> g + " " + f;
            case 6 -> g + " " + f + " " + s;
            case 7 -> g + " " + f + " " + pick(random, given) + " " + s;
            default -> (random.nextInt(4) == 0 ? "Umm " : "Abu ") + f + (random.nextBoolean() ? "" : " " + s);
        };
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Each locale's given names and surnames (in that order), a missing kind borrowed from {@link #FALLBACK}. */
    private static Map<String, List<List<String>>> worldNames() {
        Map<String, Map<String, List<String>>> lists = new TreeMap<>();
        for (TsvTable.Row r : TsvTable.read(WORLD_NAMES).rows()) {
            for (String locale : r.get("locales").split(",")) {
                lists.computeIfAbsent(locale, k -> new TreeMap<>())
                        .computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r.get("name"));
            }
        }
        Map<String, List<String>> fallback = lists.getOrDefault(FALLBACK, Map.of());
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        lists.forEach((locale, kinds) -> {
            List<String> g = kinds.getOrDefault("given", fallback.getOrDefault("given", List.of()));
            List<String> s = kinds.getOrDefault("surname", fallback.getOrDefault("surname", List.of()));
            if (!g.isEmpty() && !s.isEmpty()) {
                out.put(locale.toLowerCase(Locale.ROOT), List.of(g, s));
            }
        });
        return out;
    }
}
