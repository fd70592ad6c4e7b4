package org.w3id.tigris.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms in which a Tigris resource can be served: four RDF syntaxes of triples, two of
 * quads (which keep the named graph, that is the document, each statement comes from) and
 * the HTML page. Each has its media type, older aliases clients still send, and a
 * {@code ?format=} name that is also the file extension of its description's URL.
 */
enum Representation {
    TURTLE("text/turtle", List.of("application/x-turtle"), "ttl", RDFFormat.TURTLE),
    JSONLD("application/ld+json", List.of("application/json"), "jsonld", RDFFormat.JSONLD),
    NTRIPLES("application/n-triples", List.of(), "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", List.of(), "rdf", RDFFormat.RDFXML_PLAIN),
    NQUADS("application/n-quads", List.of(), "nq", RDFFormat.NQUADS),
    TRIG("application/trig", List.of(), "trig", RDFFormat.TRIG_BLOCKS),
    HTML("text/html", List.of("application/xhtml+xml"), "html", null);

    /** The RDF syntaxes of triples, Turtle first: what a client asking for anything gets. */
    static final List<Representation> RDF = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    /** Every RDF syntax a resource's description comes in, triples and quads. */
    static final List<Representation> DESCRIPTIONS = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML, NQUADS, TRIG);
    /** Everything a resource IRI offers. */
    static final List<Representation> ALL = List.of(values());

    private final String mediaType;
    private final List<String> aliases;
    private final String formatName;
    private final RDFFormat rdfFormat;

    Representation(String mediaType, List<String> aliases, String formatName, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.formatName = formatName;
        this.rdfFormat = rdfFormat;
    }

    String mediaType() {
        return mediaType;
    }

    List<String> acceptedTypes() {
        return Stream.concat(Stream.of(mediaType), aliases.stream())
                .toList();
    }

    String formatName() {
        return formatName;
    }

    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** A syntax of quads: the description keeps its graph names. */
    boolean isQuads() {
        return this == NQUADS || this == TRIG;
    }

    String contentType() {
        return mediaType + "; charset=utf-8";
    }

    static Optional<Representation> byFormatName(String name) {
        return Arrays.stream(values()).filter(r -> r.formatName.equalsIgnoreCase(name)).findFirst();
    }

    /** The representation a request asks for: {@code ?format=} first, else its Accept header. */
    static Optional<Representation> negotiate(String formatParameter, String acceptHeader,
                                              List<Representation> offers) {
        if (formatParameter != null) {
            return byFormatName(formatParameter.trim()).filter(offers::contains);
        }
        return AcceptHeader.parse(acceptHeader).choose(offers, Representation::acceptedTypes);
    }
}
