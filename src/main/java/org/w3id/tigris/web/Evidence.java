package org.w3id.tigris.web;

import java.util.List;

/** Where an event or claim is stated: a span of a document's text (tg:evidence). */
record Evidence(String document, int begin, int end) {

    static List<Evidence> of(GraphReader reader, String iri) {
        return reader.select(KgQuery.EVIDENCE, q -> q.setIri("this", iri)).stream()
                .filter(row -> row.iri("doc").isPresent() && row.integer("begin").isPresent()
                        && row.integer("end").isPresent())
                .map(row -> new Evidence(row.iri("doc").get(), (int) row.integer("begin").getAsLong(),
                        (int) row.integer("end").getAsLong()))
                .toList();
    }
}
