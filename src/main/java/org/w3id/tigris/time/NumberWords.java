package org.w3id.tigris.time;

import org.w3id.tigris.lexicon.TsvResource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a cardinal number written in digits ("16", "2,500") or in words ("three",
 * "twenty-five", "two hundred"). Immutable and thread-safe once loaded.
 */
public final class NumberWords {
    private static final String RESOURCE = "time/number-words.tsv";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d{1,9}");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s-]+");

    private final Map<String, Integer> words;

    private NumberWords(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    /** The number words of {@code time/number-words.tsv}. */
    public static NumberWords load() {
        Map<String, Integer> words = new HashMap<>();
        for (String[] row : TsvResource.rows(RESOURCE, 2))
            words.put(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
        return new NumberWords(words);
    }

    /** Whether {@code word} (one token) is a number word or digits. */
    public boolean isNumber(String word) {
        return parse(word).isPresent();
    }

    /**
     * The value of a number written as one token or a short phrase ("two hundred",
     * "twenty five"); empty when it is not a plain cardinal.
     */
    public OptionalInt parse(String phrase) {
        String s = phrase.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty())
            return OptionalInt.empty();
        if (DIGITS.matcher(s).matches())
            return OptionalInt.of(Integer.parseInt(s.replace(",", "")));
        String[] parts = SEPARATOR.split(s);
        int total = 0;
        int current = 0;
        for (String part : parts) {
            if (part.equals("and"))
                continue;
            Integer value = words.get(part);
            if (value == null)
                return OptionalInt.empty();
            if (value == 100)
                current = Math.max(current, 1) * 100;
            else if (value == 12 && part.equals("dozen"))
                current = Math.max(current, 1) * 12;
            else
                current += value;
        }
        total += current;
        return OptionalInt.of(total);
    }
}
