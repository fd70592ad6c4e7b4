package org.w3id.tigris.annotate;

/**
 * A token with its offsets into the document text (end exclusive), its Universal
 * Dependencies POS tag (the OpenNLP English models emit UD tags: PROPN, NOUN, VERB, ADP …)
 * and its lemma (lower case; the token itself when the lemmatizer has none).
 */
public record Token(int begin, int end, String text, String pos, String lemma) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }
}
