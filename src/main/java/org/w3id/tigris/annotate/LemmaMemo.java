package org.w3id.tigris.annotate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A bounded memo of lemmas by (lower-case word, tag). The statistical lemmatizer is by far
 * the slowest annotation step, while news vocabulary repeats heavily. The memo is only
 * correct because the lemma it stores is a pure function of its key (the word is lemmatized
 * on its own, lower-cased), so evicting an entry never changes a result. Not thread-safe.
 */
final class LemmaMemo {
    private final Map<String, String> lemmas;

    LemmaMemo(int capacity) {
        this.lemmas = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    String lemma(String lowerWord, String pos, BiFunction<String, String, String> lemmatize) {
        String key = lowerWord + '\t' + pos;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            lemma = lemmatize.apply(lowerWord, pos);
            lemmas.put(key, lemma);
        }
        return lemma;
    }
}
