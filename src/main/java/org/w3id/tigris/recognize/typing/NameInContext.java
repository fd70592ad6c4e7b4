package org.w3id.tigris.recognize.typing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name as the typer sees it: its words and a few tokens of the sentence on either side.
 * Built the same way from a gazetteer entry (no context), from a training text and from a
 * recognized chunk, so that the features of training and use agree.
 *
 * @param words  the name's words as written, split at white space
 * @param before up to {@link #WINDOW} tokens before the name, nearest last, lower case
 * @param after  up to {@link #WINDOW} tokens after the name, nearest first, lower case
 */
public record NameInContext(List<String> words, List<String> before, List<String> after) {
    public static final int WINDOW = 3;
    /** Words, numbers, and the punctuation that says something about a neighbour ("X, the leader of"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'\u2019.\\-]*|\\p{N}+|[,;:()\"\u201C\u201D]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|\\n");

    public NameInContext {
        words = List.copyOf(words);
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a name has at least one word");
        }
    }

    /** A name with no context: a gazetteer entry. */
    public static NameInContext bare(String name) {
        return new NameInContext(List.of(name.strip().split("\\s+")), List.of(), List.of());
    }

    /**
     * The name at {@code [begin, end)} of {@code text}, with the tokens around it up to the
     * sentence's edge (a sentence-final stop or a line break, or {@code [from, to)}).
     */
    public static NameInContext in(String text, int begin, int end, int from, int to) {
        String left = text.substring(Math.max(0, from), begin);
        Matcher stop = SENTENCE_END.matcher(left);
        int cut = 0;
        while (stop.find()) {
            cut = stop.end();
        }
        left = left.substring(cut);
        String right = text.substring(end, Math.min(text.length(), to));
        Matcher rstop = SENTENCE_END.matcher(right);
        if (rstop.find()) {
            right = right.substring(0, rstop.start() + 1);
        }
        List<String> before = tokens(left);
        List<String> after = tokens(right);
        before = before.subList(Math.max(0, before.size() - WINDOW), before.size());
        after = after.subList(0, Math.min(WINDOW, after.size()));
        return new NameInContext(List.of(text.substring(begin, end).strip().split("\\s+")), before, after);
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(fold(m.group()));
        }
        return out;
    }

    /** Lower case, no diacritics, curly apostrophes straightened. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** The name as one string. */
    public String name() {
        return String.join(" ", words);
    }
}
