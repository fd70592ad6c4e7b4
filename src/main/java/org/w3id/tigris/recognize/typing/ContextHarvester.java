package org.w3id.tigris.recognize.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of known type in running text and keeps each with its sentence context, so
 * that the typer learns what words stand around a person, a place or a group. Longest match
 * first; only names written with a capital.
 */
public final class ContextHarvester {
    /** The source of the examples it finds. */
    public static final String SOURCE = "text";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.]*");
    private static final int LONGEST = 6;

    private final Map<String, String> typesByName;

    /** @param typesByName a name exactly as written to its type's local name */
    public ContextHarvester(Map<String, String> typesByName) {
        this.typesByName = Map.copyOf(typesByName);
    }

    public List<LabelledName> harvest(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<LabelledName> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            if (Character.isUpperCase(text.charAt(words.get(i)[0]))) {
                for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && taken == 0; n--) {
                    int begin = words.get(i)[0];
                    int end = trimDot(text, begin, words.get(i + n - 1)[1]);
                    if (!joined(text, words, i, n)) {
                        continue;
                    }
                    String type = typesByName.get(text.substring(begin, end));
                    if (type != null) {
                        found.add(new LabelledName(NameInContext.in(text, begin, end, 0, text.length()), type, SOURCE));
                        taken = n;
                    }
                }
            }
            i += Math.max(1, taken);
        }
        return found;
    }

    /** A sentence's stop after a name is not part of it. */
    private static int trimDot(String text, int begin, int end) {
        return end - 1 > begin && text.charAt(end - 1) == '.' ? end - 1 : end;
    }

    /** Whether words {@code [i, i+n)} are separated by single spaces or hyphens only. */
    private static boolean joined(String text, List<int[]> words, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            String gap = text.substring(words.get(k - 1)[1], words.get(k)[0]);
            if (!gap.equals(" ") && !gap.equals("-")) {
                return false;
            }
        }
        return true;
    }
}
