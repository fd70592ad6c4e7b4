package org.w3id.tigris.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.tigris.recognize.Word;
import org.w3id.tigris.recognize.WordScanner;

/**
 * Compares person names word by word, on transliteration-folded keys, ignoring the article
 * "al-" and honorifics: "Sudani" and "Mohammed al-Sudani" are parts of "Mohammed Shia
 * al-Sudani"; "Muhammad Kawtharani" is "Mohammad al-Kawtharani". A part must keep the
 * surname: "Mohammed" alone is nobody in particular.
 */
final class PersonNames {
    private static final Set<String> IGNORED = Set.of("al", "el", "ul", "sayyed", "sayyid", "sheikh", "shaykh",
            "haj", "hajj", "mr", "mrs", "ms", "dr", "gen", "general", "president", "ayatollah", "grand", "imam",
            "prime", "minister", "pm", "king", "prince", "emir", "sultan");

    private final WordScanner scanner;

    PersonNames(WordScanner scanner) {
        this.scanner = scanner;
    }

    /** The name's word keys, particles and honorifics left out. */
    List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (Word w : scanner.scan(name)) {
            if (!IGNORED.contains(w.lower())) {
                keys.add(w.key());
            }
        }
        return keys;
    }

    /** Whether {@code part} names the person {@code full} names: its words in order, the surname included. */
    static boolean isPartOf(List<String> part, List<String> full) {
        if (part.isEmpty() || full.isEmpty() || part.size() > full.size()) {
            return false;
        }
        if (!part.get(part.size() - 1).equals(full.get(full.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String p : part) {
            while (j < full.size() && !full.get(j).equals(p)) {
                j++;
            }
            if (j == full.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
