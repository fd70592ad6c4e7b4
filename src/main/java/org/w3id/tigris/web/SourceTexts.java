package org.w3id.tigris.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The full texts of documents, fetched once per page however many quotes it shows. */
final class SourceTexts {
    private final GraphReader reader;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    SourceTexts(GraphReader reader) {
        this.reader = reader;
    }

    Optional<String> of(String documentIri) {
        return texts.computeIfAbsent(documentIri, iri -> reader
                .select(KgQuery.DOCUMENT_TEXT, q -> q.setIri("this", iri)).stream()
                .findFirst().flatMap(row -> row.text("text")));
    }
}
