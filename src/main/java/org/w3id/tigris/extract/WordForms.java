package org.w3id.tigris.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.tigris.annotate.Token;
import org.w3id.tigris.lexicon.TsvResource;

/**
 * The forms under which a token is looked up in the tables: its lemma, the lower-cased word,
 * and the plain stems of -s, -ed and -ing forms. Headline case ("Iraq Slams …") and rare
 * words leave the lemmatizer with the inflected word ("condemned", "summone"), so the
 * tables, which hold lemmas, are also tried with these stems, and irregular forms the
 * lemmatizer does not know ("overran", "retook") with the lemma {@code extract/irregular-verbs.tsv}
 * gives.
 */
final class WordForms {
    /** irregular verb form → lemma; read once, never changed */
    private static final Map<String, String> IRREGULAR = irregular();

    private WordForms() {
    }

    private static Map<String, String> irregular() {
        Map<String, String> m = new HashMap<>();
        for (String[] r : TsvResource.rows("extract/irregular-verbs.tsv", 2))
            m.put(r[0], r[1]);
        return Map.copyOf(m);
    }

    /** Whether the lower-case word is an irregular past form ("overran", "retook"). */
    static boolean irregularPast(String lowerWord) {
        return IRREGULAR.containsKey(lowerWord);
    }

    static List<String> of(Token token) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(token.lemma());
        String w = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        forms.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null)
            forms.add(irregular);
        addStems(w, forms);
        return List.copyOf(forms);
    }

    private static void addStems(String w, Set<String> forms) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies"))
            forms.add(w.substring(0, n - 3) + "y");
        if (n > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")))
            forms.add(w.substring(0, n - 2));
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss"))
            forms.add(w.substring(0, n - 1));
        if (n > 4 && w.endsWith("ied"))
            forms.add(w.substring(0, n - 3) + "y");
        if (n > 4 && w.endsWith("ed")) {
            String stem = w.substring(0, n - 2);
            forms.add(stem);
            forms.add(stem + "e");
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2))
                forms.add(stem.substring(0, stem.length() - 1));
        }
        if (n > 5 && w.endsWith("ing")) {
            String stem = w.substring(0, n - 3);
            forms.add(stem);
            forms.add(stem + "e");
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2))
                forms.add(stem.substring(0, stem.length() - 1));
        }
    }
}
