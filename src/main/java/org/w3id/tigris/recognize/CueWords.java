package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that type or bound a proper-noun chunk: titles, roles, head words, stop words,
 * given names and demonyms (from {@code name-cues.tsv}, {@code stopwords.tsv},
 * {@code given-names.tsv} and the demonyms of {@code countries.tsv}). Look-ups take lower-case
 * folded words.
 */
final class CueWords {
    /** A cue that marks a name we do not keep (an operation, a war, a law). */
    static final Optional<EntityType> NONE = Optional.empty();

    private final Set<List<String>> titles;
    private final int longestTitle;
    private final Set<String> roles;
    private final Map<String, Optional<EntityType>> heads;
    private final Map<String, Optional<EntityType>> firsts;
    private final Map<String, EntityType> suffixes;
    private final Map<String, EntityType> afters;
    private final Map<String, EntityType> befores;
    private final Set<String> stopwords;
    /** Stop words that are stop words only because GeoNames lists them as towns ("Tut", "Side"). */
    private final Set<String> townWords;
    private final Set<String> givenNames;
    private final Set<String> demonyms;
    /** The word lists of the roles that only mark words (state, force, outlet, public, public-head, research, person). */
    private final Map<String, Set<String>> wordLists;

    private CueWords(Builder b) {
        this.titles = Set.copyOf(b.titles);
        this.longestTitle = b.titles.stream().mapToInt(List::size).max().orElse(0);
        this.roles = Set.copyOf(b.roles);
        this.heads = Map.copyOf(b.heads);
        this.firsts = Map.copyOf(b.firsts);
        this.suffixes = Map.copyOf(b.suffixes);
        this.afters = Map.copyOf(b.afters);
        this.befores = Map.copyOf(b.befores);
        this.stopwords = Set.copyOf(b.stopwords);
        this.townWords = Set.copyOf(b.townWords);
        this.givenNames = Set.copyOf(b.givenNames);
        this.demonyms = Set.copyOf(b.demonyms);
        this.wordLists = b.wordLists.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    static String normal(String word) {
        return NameNormalizer.fold(word).toLowerCase(Locale.ROOT);
    }

    /** Length in words of the title that starts at {@code from} (0 when none), longest first. */
    int titleLength(List<Word> words, int from, int to) {
        for (int n = Math.min(longestTitle, to - from); n > 0; n--) {
            List<String> seq = new ArrayList<>(n);
            for (int i = from; i < from + n; i++) {
                seq.add(words.get(i).lower());
            }
            if (titles.contains(seq)) {
                return n;
            }
        }
        return 0;
    }

    boolean isRole(String lowerWord) {
        return roles.contains(lowerWord);
    }

    /** The type a head word gives; {@link #NONE} for names we do not keep; null when not a head. */
    Optional<EntityType> head(String lowerWordOrPair) {
        return heads.get(lowerWordOrPair);
    }

    Optional<EntityType> first(String lowerWord) {
        return firsts.get(lowerWord);
    }

    EntityType suffix(String lowerWord) {
        return suffixes.get(lowerWord);
    }

    EntityType after(String lowerWord) {
        return afters.get(lowerWord);
    }

    EntityType before(String lowerWord) {
        return befores.get(lowerWord);
    }

    boolean isStopword(String lowerWord) {
        return stopwords.contains(lowerWord);
    }

    boolean isTownWord(String lowerWord) {
        return townWords.contains(lowerWord);
    }

    boolean isGivenName(String lowerWord) {
        return givenNames.contains(lowerWord);
    }

    boolean isDemonym(String lowerWord) {
        return demonyms.contains(lowerWord);
    }

    /** A word only a state's forces bear in their names ("police", "navy"). */
    boolean isStateWord(String lowerWord) {
        return listed("state", lowerWord);
    }

    /** A word of any force's name ("armed", "security", "forces"). */
    boolean isForceWord(String lowerWord) {
        return listed("force", lowerWord);
    }

    /** A word that makes a body an outlet ("news", "press", "wire"): "Kenya News Agency" is no state agency. */
    boolean isOutletWord(String lowerWord) {
        return listed("outlet", lowerWord);
    }

    /** A word that opens a state's body's name ("national", "state", "federal"). */
    boolean isPublicWord(String lowerWord) {
        return listed("public", lowerWord);
    }

    /** A head a state's body and a body of citizens share ("committee", "agency", "institute"). */
    boolean isPublicHead(String lowerWord) {
        return listed("public-head", lowerWord);
    }

    /** A noun only a person is ("farmer", "husband"): a name in apposition to it is that person's. */
    boolean isPersonNoun(String lowerWord) {
        return listed("person", lowerWord);
    }

    /** A word of a research body's name ("studies", "research"): no state's body, whatever its head. */
    boolean isResearchWord(String lowerWord) {
        return listed("research", lowerWord);
    }

    private boolean listed(String role, String lowerWord) {
        return wordLists.getOrDefault(role, Set.of()).contains(lowerWord);
    }

    static CueWords load(TsvTable cues, TsvTable stop, TsvTable given, Set<String> demonyms) {
        Builder b = new Builder();
        for (TsvTable.Row row : cues.rows()) {
            String cue = normal(row.get("cue"));
            String typeName = row.get("type");
            Optional<EntityType> type = typeName.isEmpty() ? NONE : Optional.of(EntityType.fromLocalName(typeName));
            switch (row.get("role")) {
                case "title" -> b.titles.add(List.of(cue.split("[\\s-]+")));
                case "role" -> b.roles.add(cue);
                case "head" -> b.heads.put(cue, type);
                case "first" -> b.firsts.put(cue, type);
                case "suffix" -> b.suffixes.put(cue, type.orElseThrow());
                case "after" -> b.afters.put(cue, type.orElseThrow());
                case "before" -> b.befores.put(cue, type.orElseThrow());
                case "state", "force", "outlet", "public", "public-head", "research", "person" ->
                        b.wordLists.computeIfAbsent(row.get("role"), k -> new HashSet<>()).add(cue);
                default -> throw new IllegalStateException(row.where() + ": unknown role " + row.get("role"));
            }
        }
        stop.rows().forEach(r -> b.stopwords.add(normal(r.get("word"))));
        stop.rows().stream().filter(r -> r.get("kind").equals("town")).forEach(r -> b.townWords.add(normal(r.get("word"))));
        given.rows().forEach(r -> b.givenNames.add(normal(r.get("name"))));
        demonyms.forEach(d -> b.demonyms.add(normal(d)));
        return new CueWords(b);
    }

    private static final class Builder {
        final Set<List<String>> titles = new HashSet<>();
        final Set<String> roles = new HashSet<>();
        final Map<String, Optional<EntityType>> heads = new HashMap<>();
        final Map<String, Optional<EntityType>> firsts = new HashMap<>();
        final Map<String, EntityType> suffixes = new HashMap<>();
        final Map<String, EntityType> afters = new HashMap<>();
        final Map<String, EntityType> befores = new HashMap<>();
        final Set<String> stopwords = new HashSet<>();
        final Set<String> townWords = new HashSet<>();
        final Set<String> givenNames = new HashSet<>();
        final Set<String> demonyms = new HashSet<>();
        final Map<String, Set<String>> wordLists = new HashMap<>();
    }
}
