package org.w3id.tigris.annotate;

import java.util.List;

/** A sentence (or a headline line) with offsets into the document text and its tokens. */
public record Sentence(int begin, int end, List<Token> tokens) {
    public String text(String documentText) {
        return documentText.substring(begin, end);
    }
}
