package org.w3id.tigris.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;

/**
 * The SPARQL queries behind the linked-data views and pages. The text of each lives in
 * {@code queries/<name>.rq} beside this class, where it can be read and tried at the endpoint;
 * user input only ever reaches a query as a bound value of a {@link ParameterizedSparqlString}.
 */
enum KgQuery {
    RESOURCE_EXISTS, DESCRIBE, DOCUMENT_GRAPH, FACTS, ENTITY_FACTS, GEOMETRY, DOCUMENT_TEXT,
    MENTION_COUNT, MENTION_SOURCES, MENTIONS_IN, CLAIMS_OF, EVENTS_OF, EVIDENCE, DOCUMENT_SPANS, CLAIMS_ABOUT,
    RELATED_CLAIMS_BY_EVENT, RELATED_CLAIMS_BY_ENTITY, EVENT_CLUSTER, SEARCH_TEXT, SEARCH_SCAN, LABEL, DOCUMENTS, COUNTS,
    GRAPH_SIZES, DEFAULT_GRAPH_SIZE, CLASS_SIZES, LABELS, DOCUMENT_NAMES, DOCUMENT_EVENTS, DOCUMENT_CLAIMS,
    DESCRIBE_QUADS, DOCUMENT_GRAPH_QUADS, ITEM_DATES, LABELS_OF;

    private final String text;

    KgQuery() {
        this.text = load("prologue") + load(name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The prefixes every query here starts with, for queries composed elsewhere. */
    static String prologue() {
        return load("prologue");
    }

    /** A fresh query to bind values into; {@code ?this} is the resource a query is about. */
    ParameterizedSparqlString prepare(ParsedTemplates templates) {
        return new ValuesBoundSparql(text, templates);
    }

    /** The query with the values {@code bindings} sets. */
    Query bound(ParsedTemplates templates, Consumer<ParameterizedSparqlString> bindings) {
        ParameterizedSparqlString pss = prepare(templates);
        bindings.accept(pss);
        return pss.asQuery();
    }

    /** Comment lines are dropped: an apostrophe in prose would confuse literal detection. */
    private static String load(String name) {
        String resource = "queries/" + name + ".rq";
        try (InputStream in = KgQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing query resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.stripLeading().startsWith("#"))
                    .collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
