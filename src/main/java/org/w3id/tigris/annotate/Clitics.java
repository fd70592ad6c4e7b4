package org.w3id.tigris.annotate;

import org.w3id.tigris.lexicon.TsvResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * English clitics ({@code 's}, {@code n't}, {@code 'll} …) from {@code annotate/clitics.tsv}:
 * where they split off a token, and the tag and lemma they get. Immutable.
 */
final class Clitics {
    static final String RESOURCE = "annotate/clitics.tsv";

    /** The tag and lemma of one reading of a clitic. */
    record Reading(String pos, String lemma) {
    }

    /** Clitic forms, longest first so that "n't" is tried before a shorter ending. */
    private final List<String> forms;
    private final Map<String, Reading> afterAny;
    private final Map<String, Reading> afterPronoun;

    private Clitics(List<String> forms, Map<String, Reading> afterAny, Map<String, Reading> afterPronoun) {
        this.forms = List.copyOf(forms);
        this.afterAny = Map.copyOf(afterAny);
        this.afterPronoun = Map.copyOf(afterPronoun);
    }

    static Clitics load() {
        Map<String, Reading> any = new HashMap<>();
        Map<String, Reading> pron = new HashMap<>();
        List<String> forms = new ArrayList<>();
        for (String[] row : TsvResource.rows(RESOURCE, 4)) {
            String form = row[0].toLowerCase(Locale.ROOT);
            Reading reading = new Reading(row[2], row[3]);
            if ("PRON".equals(row[1]))
                pron.put(form, reading);
            else
                any.put(form, reading);
            if (!forms.contains(form))
                forms.add(form);
        }
        forms.sort((a, b) -> b.length() - a.length());
        return new Clitics(forms, any, pron);
    }

    /**
     * The length of the clitic written at the end of {@code token} (ASCII apostrophes), or 0
     * when it has none. A clitic is split off only when a letter precedes it.
     */
    int cliticLength(CharSequence token) {
        int length = token.length();
        for (String form : forms) {
            int hostEnd = length - form.length();
            if (hostEnd < 1 || !Character.isLetter(token.charAt(hostEnd - 1)))
                continue;
            if (endsWithIgnoreCase(token, form))
                return form.length();
        }
        return 0;
    }

    boolean isClitic(String token) {
        return afterAny.containsKey(token.toLowerCase(Locale.ROOT));
    }

    /** The reading of a split-off clitic given its host's tag. */
    Reading reading(String clitic, String hostPos) {
        String form = clitic.toLowerCase(Locale.ROOT);
        if ("PRON".equals(hostPos) && afterPronoun.containsKey(form))
            return afterPronoun.get(form);
        return afterAny.get(form);
    }

    private static boolean endsWithIgnoreCase(CharSequence token, String suffix) {
        int offset = token.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++)
            if (Character.toLowerCase(token.charAt(offset + i)) != suffix.charAt(i))
                return false;
        return true;
    }
}
