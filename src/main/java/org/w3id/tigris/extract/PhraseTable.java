package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.tigris.annotate.Token;

/**
 * A table keyed by lemmas of one or more words ("attack", "call for", "air strike"),
 * matched against tokens at a position, longest entry first. Immutable.
 */
final class PhraseTable<V> {
    /** One entry matched at token {@code start}, covering tokens {@code [start, end)}. */
    record Match<V>(int start, int end, V value) {
    }

    private record Entry<V>(List<String> words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;

    private PhraseTable(Map<String, List<Entry<V>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    static final class Builder<V> {
        private final Map<String, List<Entry<V>>> map = new HashMap<>();

        Builder<V> add(String phrase, V value) {
            List<String> words = List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+"));
            map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, value));
            return this;
        }

        PhraseTable<V> build() {
            Map<String, List<Entry<V>>> copy = new HashMap<>();
            map.forEach((k, v) -> {
                List<Entry<V>> sorted = new ArrayList<>(v);
                sorted.sort(Comparator.comparingInt((Entry<V> e) -> e.words().size()).reversed());
                copy.put(k, List.copyOf(sorted));
            });
            return new PhraseTable<>(Map.copyOf(copy));
        }
    }

    /** Every entry that matches at {@code start}, longest first. */
    List<Match<V>> matchesAt(List<Token> tokens, int start) {
        List<Match<V>> out = new ArrayList<>();
        for (String form : WordForms.of(tokens.get(start))) {
            for (Entry<V> e : byFirstWord.getOrDefault(form, List.of())) {
                int end = matchRest(tokens, start, e.words());
                if (end > 0 && out.stream().noneMatch(m -> m.value() == e.value()))
                    out.add(new Match<>(start, end, e.value()));
            }
        }
        out.sort(Comparator.comparingInt((Match<V> m) -> m.end() - m.start()).reversed());
        return out;
    }

    /** The longest entry at {@code start} whose value passes {@code accept}. */
    Optional<Match<V>> matchAt(List<Token> tokens, int start, Predicate<V> accept) {
        return matchesAt(tokens, start).stream().filter(m -> accept.test(m.value())).findFirst();
    }

    Optional<Match<V>> matchAt(List<Token> tokens, int start) {
        return matchAt(tokens, start, v -> true);
    }

    private static int matchRest(List<Token> tokens, int start, List<String> words) {
        int i = start + 1;
        for (int w = 1; w < words.size(); w++, i++) {
            // "air-strike" is tokenized "air - strike": hyphens inside a phrase are skipped
            while (i < tokens.size() && tokens.get(i).text().equals("-"))
                i++;
            if (i >= tokens.size() || !WordForms.of(tokens.get(i)).contains(words.get(w)))
                return -1;
        }
        return i;
    }
}
