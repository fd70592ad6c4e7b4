package org.w3id.tigris.recognize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds name words so that spellings of one name compare equal: case, diacritics,
 * apostrophes and dots ("Kata'ib" = "Kataib", "U.S." = "US"), the transliteration
 * variants listed in {@code name-variants.tsv} ("Muhammad" = "Mohammed"), and a few rules
 * for the vowels and doubled letters that romanisations of Arabic and Persian disagree on
 * ("Qassem" = "Qasem" = "Ghasem", "Hezbollah" = "Hizbullah", "Assad" = "Asad").
 * <p>
 * Two keys of the same word are equal when the names are spelling variants; the converse is
 * not promised: variants the rules miss are listed as aliases in the gazetteers.
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern QUOTES_AND_DOTS = Pattern.compile("['\u2018\u2019\u02BC\u02BB`\u00B4.]");

    private final Map<String, String> variants;

    /** @param variants lower-case folded word to its canonical lower-case form */
    public NameNormalizer(Map<String, String> variants) {
        this.variants = Map.copyOf(variants);
    }

    /** A normalizer with the variants of {@code name-variants.tsv}: every variant to its canonical word. */
    static NameNormalizer of(TsvTable table) {
        Map<String, String> map = new java.util.HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String canonical = CueWords.normal(row.get("canonical"));
            for (String v : row.list("variants")) {
                map.put(CueWords.normal(v), canonical);
            }
        }
        return new NameNormalizer(map);
    }

    /** Diacritics, apostrophes and dots removed; case kept. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u0131', 'i').replace('\u0130', 'I'); // dotless/dotted i do not decompose
        return QUOTES_AND_DOTS.matcher(s).replaceAll("");
    }

    /** The canonical spelling of one word: folded, lower case, known variant replaced. */
    public String canonicalWord(String word) {
        String w = fold(word).toLowerCase(Locale.ROOT);
        return variants.getOrDefault(w, w);
    }

    /** The comparison key of one word: its canonical spelling with the transliteration rules applied. */
    public String wordKey(String word) {
        String w = canonicalWord(word);
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        return transliterationRules(w);
    }

    private static String transliterationRules(String w) {
        if (w.length() <= 2) {
            return w; // acronyms and particles: "al", "us", "kh" keep their letters
        }
        String s = w;
        if (s.startsWith("gh")) {
            s = "q" + s.substring(2);
        }
        s = s.replace('q', 'k').replace("ph", "f");
        s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ey", "i");
        s = s.replace('e', 'i').replace('o', 'u');
        StringBuilder collapsed = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                collapsed.append(c);
            }
        }
        s = collapsed.toString();
        if (s.length() > 4 && s.endsWith("ah")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /**
     * A slug for an entity no gazetteer knows, from its name: canonical word spellings
     * joined by hyphens ("Muhammad al-Kawtharani" and "Mohammed Al Kawtharani" both give
     * {@code mohammed-al-kawtharani}). Readable, and the same in every document.
     */
    public String slug(Iterable<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String word : words) {
            String w = canonicalWord(word).replaceAll("[^a-z0-9]+", "");
            if (w.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('-');
            }
            sb.append(w);
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }
}
