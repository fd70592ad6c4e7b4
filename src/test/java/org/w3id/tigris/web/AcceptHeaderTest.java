package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

    private static Optional<Representation> choose(String accept) {
        return Representation.negotiate(null, accept, Representation.ALL);
    }

    @Test
    void qualityComesFromTheMostSpecificRange() {
        AcceptHeader accept = AcceptHeader.parse("text/*;q=0.3, text/turtle;q=0.9, */*;q=0.1");
        assertEquals(0.9, accept.quality("text/turtle"));
        assertEquals(0.3, accept.quality("text/html"));
        assertEquals(0.1, accept.quality("application/ld+json"));
    }

    @Test
    void browsersGetHtmlAndRdfClientsGetRdf() {
        assertEquals(Optional.of(Representation.HTML),
                choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8"));
        assertEquals(Optional.of(Representation.JSONLD), choose("application/ld+json"));
        assertEquals(Optional.of(Representation.RDFXML), choose("application/rdf+xml, text/turtle;q=0.5"));
        assertEquals(Optional.of(Representation.JSONLD), choose("application/json"), "an alias");
    }

    @Test
    void anythingOrNothingMeansTurtle() {
        assertEquals(Optional.of(Representation.TURTLE), choose("*/*"));
        assertEquals(Optional.of(Representation.TURTLE), choose(null));
        assertEquals(Optional.of(Representation.TURTLE), choose(""));
    }

    @Test
    void zeroQualityExcludes() {
        assertEquals(Optional.of(Representation.JSONLD), choose("*/*, text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), choose("image/png"));
    }

    @Test
    void malformedRangesAreIgnored() {
        assertEquals(Optional.of(Representation.NTRIPLES), choose("garbage, text/turtle;q=abc, application/n-triples"));
        assertEquals(1.0, AcceptHeader.parse("TEXT/Turtle").quality("text/turtle"));
    }

    @Test
    void tiesGoToTheServersOrder() {
        assertEquals(Optional.of("b"), AcceptHeader.parse("x/a;q=0.5, x/b").choose(List.of("a", "b"), o -> List.of("x/" + o)));
        assertEquals(Optional.of("a"), AcceptHeader.parse("x/*").choose(List.of("a", "b"), o -> List.of("x/" + o)));
    }

    @Test
    void formatParameterWins() {
        assertEquals(Optional.of(Representation.NTRIPLES),
                Representation.negotiate("nt", "text/html", Representation.ALL));
        assertEquals(Optional.empty(), Representation.negotiate("html", null, Representation.RDF));
    }
}
