package org.w3id.tigris.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/shapes.ttl against a hand-written document graph: the graph as written keeps
 * every promise, and each single breakage is reported on the node that breaks it, by the
 * constraint that guards that promise, and by nothing else.
 */
class ShapesTest {
    private static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    private static final Path ONTOLOGY = Path.of("ontology", "tigris.ttl");
    private static final String VALID_DOCUMENT = "/ontology/valid-document.ttl";

    private static final String PREFIXES = """
            PREFIX tg: <https://w3id.org/tigris/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX doc: <http://localhost:3030/id/document/>
            PREFIX ent: <http://localhost:3030/id/entity/>
            """;

    private static final String DOC = "http://localhost:3030/id/document/test-001.txt";
    private static final String ERBIL_MENTION = DOC + "#char=87,92";
    private static final String ASSAULT = "http://localhost:3030/id/event/test-001.txt-51-assault";
    private static final String REJECT = "http://localhost:3030/id/event/test-001.txt-260-reject";
    private static final String CLAIM = "http://localhost:3030/id/claim/test-001.txt-184";
    private static final String ERBIL = "http://localhost:3030/id/entity/erbil";

    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
    }

    /** One broken promise: a SPARQL update applied to the valid graph, and what must be reported. */
    record Breakage(String name, String update, String focus, String component, String messageFragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("anchor differs from the text between the offsets",
                        "DELETE { ?m nif:anchorOf ?a } INSERT { ?m nif:anchorOf \"Erbi\" } "
                                + "WHERE { BIND(<" + ERBIL_MENTION + "> AS ?m) ?m nif:anchorOf ?a }",
                        ERBIL_MENTION, "SPARQLConstraintComponent", "is not the document text"),
                new Breakage("UTF-16 offsets after a character outside the BMP",
                        shiftOffsets(ERBIL_MENTION, 1),
                        ERBIL_MENTION, "SPARQLConstraintComponent", "is not the document text"),
                new Breakage("offsets past the end of the text",
                        setOffsets(ERBIL_MENTION, 323, 331),
                        ERBIL_MENTION, "SPARQLConstraintComponent", "past the end"),
                new Breakage("begin not before end",
                        setOffsets(ERBIL_MENTION, 92, 92),
                        ERBIL_MENTION, "LessThanConstraintComponent", null),
                new Breakage("negative begin",
                        setOffsets(ERBIL_MENTION, -1, 4),
                        ERBIL_MENTION, "MinInclusiveConstraintComponent", null),
                new Breakage("offset that is not an integer",
                        "DELETE { ?m nif:endIndex ?e } INSERT { ?m nif:endIndex \"92\" } "
                                + "WHERE { BIND(<" + ERBIL_MENTION + "> AS ?m) ?m nif:endIndex ?e }",
                        ERBIL_MENTION, "OrConstraintComponent", null),
                new Breakage("mention without anchor",
                        "DELETE WHERE { <" + ERBIL_MENTION + "> nif:anchorOf ?a }",
                        ERBIL_MENTION, "MinCountConstraintComponent", "nif:anchorOf"),
                new Breakage("mention naming no entity",
                        "DELETE WHERE { <" + ERBIL_MENTION + "> <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e }",
                        ERBIL_MENTION, "MinCountConstraintComponent", "taIdentRef"),
                new Breakage("event without evidence",
                        "DELETE WHERE { <" + ASSAULT + "> tg:evidence ?e }",
                        ASSAULT, "MinCountConstraintComponent", "tg:evidence"),
                new Breakage("claim without its document",
                        "DELETE WHERE { <" + CLAIM + "> prov:wasDerivedFrom ?d }",
                        CLAIM, "MinCountConstraintComponent", "prov:wasDerivedFrom"),
                new Breakage("evidence from another document",
                        "INSERT DATA { <" + REJECT + "> tg:evidence <http://localhost:3030/id/document/other.txt#char=0,4> . "
                                + "<http://localhost:3030/id/document/other.txt#char=0,4> a nif:Phrase ; "
                                + "nif:referenceContext doc:other.txt ; nif:beginIndex 0 ; nif:endIndex 4 ; nif:anchorOf \"Some\" . "
                                + "doc:other.txt a tg:Document ; tg:sourceName \"other.txt\" ; nif:isString \"Some other text.\" ; "
                                + "prov:wasGeneratedBy <http://localhost:3030/id/run/20250304T080000Z-test> }",
                        REJECT, "SPARQLConstraintComponent", "not in the document"),
                new Breakage("date written as prose",
                        setDate(ASSAULT, "\"3 March 2025\""),
                        ASSAULT, "OrConstraintComponent", null),
                new Breakage("date that is no calendar day",
                        setDate(ASSAULT, "\"2025-02-30\"^^xsd:date"),
                        ASSAULT, "OrConstraintComponent", null),
                new Breakage("date typed as dateTime",
                        setDate(CLAIM, "\"2025-03-03T10:00:00Z\"^^xsd:dateTime"),
                        CLAIM, "OrConstraintComponent", null),
                new Breakage("confidence above one",
                        setConfidence(ASSAULT, "1.5"),
                        ASSAULT, "MaxInclusiveConstraintComponent", null),
                new Breakage("confidence as a double",
                        setConfidence(ASSAULT, "\"0.5\"^^xsd:double"),
                        ASSAULT, "DatatypeConstraintComponent", null),
                new Breakage("mention confidence above one",
                        "INSERT DATA { <" + ERBIL_MENTION + "> tg:confidence 1.2 }",
                        ERBIL_MENTION, "MaxInclusiveConstraintComponent", null),
                new Breakage("mention with two confidences",
                        "INSERT DATA { <" + ERBIL_MENTION + "> tg:confidence 0.4, 0.6 }",
                        ERBIL_MENTION, "MaxCountConstraintComponent", "tg:confidence"),
                new Breakage("event typed only as tg:Event",
                        "DELETE DATA { <" + REJECT + "> a tg:Reject }",
                        REJECT, "SPARQLConstraintComponent", "PLOVER"),
                new Breakage("casualty count as text",
                        "DELETE { ?e tg:killed ?k } INSERT { ?e tg:killed \"two\" } "
                                + "WHERE { BIND(<" + ASSAULT + "> AS ?e) ?e tg:killed ?k }",
                        ASSAULT, "DatatypeConstraintComponent", null),
                new Breakage("place that is not a location",
                        "DELETE { ?e tg:place ?p } INSERT { ?e tg:place ent:sunrise-brigade } "
                                + "WHERE { BIND(<" + ASSAULT + "> AS ?e) ?e tg:place ?p }",
                        ASSAULT, "OrConstraintComponent", null),
                new Breakage("document without source name",
                        "DELETE WHERE { doc:test-001.txt tg:sourceName ?n }",
                        DOC, "MinCountConstraintComponent", "tg:sourceName"),
                new Breakage("document with two texts",
                        // the same text again, language-tagged, so that the spans stay true
                        "INSERT { ?d nif:isString ?tagged } WHERE { BIND(doc:test-001.txt AS ?d) "
                                + "?d nif:isString ?t BIND(STRLANG(?t, \"en\") AS ?tagged) }",
                        DOC, "MaxCountConstraintComponent", "nif:isString"),
                new Breakage("entity with two labels",
                        "INSERT DATA { ent:erbil rdfs:label \"Arbil\" }",
                        ERBIL, "MaxCountConstraintComponent", "rdfs:label"),
                new Breakage("sameAs outside Wikidata and GeoNames",
                        "INSERT DATA { ent:erbil owl:sameAs <http://dbpedia.org/resource/Erbil> }",
                        ERBIL, "PatternConstraintComponent", null),
                new Breakage("WKT as a plain string",
                        "DELETE { ?g geo:asWKT ?w } INSERT { ?g geo:asWKT \"POINT(44.01062 36.19257)\" } "
                                + "WHERE { ?g geo:asWKT ?w }",
                        ERBIL + "#geometry", "DatatypeConstraintComponent", null),
                new Breakage("a point that does not say where it came from",
                        "DELETE { ?g dcterms:source ?s } WHERE { ?g dcterms:source ?s ; geo:asWKT ?w }",
                        ERBIL + "#geometry", "MinCountConstraintComponent", null));
    }

    @Test
    void theHandWrittenDocumentConforms() {
        ValidationReport report = ShaclValidator.get().validate(shapes, validGraph());
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void itStillConformsWithTheOntologyInTheDataGraph() {
        // as in the store, where the ontology's graph is part of the union default graph
        Graph union = validGraph();
        RDFDataMgr.read(union, ONTOLOGY.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void thePhrasesOfTheHandWrittenDocumentAreChecked() {
        // guards against shapes that pass because they target nothing
        Graph g = validGraph();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { ?m nif:anchorOf ?a }", g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        long phrases = report.getEntries().stream().map(ReportEntry::focusNode).distinct().count();
        assertTrue(phrases >= 9, () -> "expected all 9 phrases reported\n" + describe(report));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBrokenPromiseIsReportedWhereItBreaks(Breakage breakage) {
        Graph g = validGraph();
        UpdateAction.parseExecute(PREFIXES + breakage.update(), g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);

        assertFalse(report.conforms(), breakage.name() + " was not reported");
        Node focus = NodeFactory.createURI(breakage.focus());
        assertTrue(report.getEntries().stream().allMatch(e -> e.focusNode().equals(focus)),
                () -> "results on other nodes than " + focus + "\n" + describe(report));
        assertTrue(report.getEntries().stream().anyMatch(e -> matches(e, breakage)),
                () -> "no " + breakage.component() + " result\n" + describe(report));
    }

    private static boolean matches(ReportEntry entry, Breakage breakage) {
        Node component = entry.sourceConstraintComponent();
        boolean sameComponent = component != null && component.isURI()
                && component.getLocalName().equals(breakage.component());
        return sameComponent && (breakage.messageFragment() == null
                || (entry.message() != null && entry.message().contains(breakage.messageFragment())));
    }

    private static String shiftOffsets(String mention, int by) {
        return "DELETE { ?m nif:beginIndex ?b ; nif:endIndex ?e } "
                + "INSERT { ?m nif:beginIndex ?b2 ; nif:endIndex ?e2 } "
                + "WHERE { BIND(<" + mention + "> AS ?m) ?m nif:beginIndex ?b ; nif:endIndex ?e "
                + "BIND(?b + " + by + " AS ?b2) BIND(?e + " + by + " AS ?e2) }";
    }

    private static String setOffsets(String mention, int begin, int end) {
        return "DELETE { ?m nif:beginIndex ?b ; nif:endIndex ?e } "
                + "INSERT { ?m nif:beginIndex " + begin + " ; nif:endIndex " + end + " } "
                + "WHERE { BIND(<" + mention + "> AS ?m) ?m nif:beginIndex ?b ; nif:endIndex ?e }";
    }

    private static String setDate(String node, String literal) {
        return "DELETE { ?n tg:date ?d } INSERT { ?n tg:date " + literal + " } "
                + "WHERE { BIND(<" + node + "> AS ?n) ?n tg:date ?d }";
    }

    private static String setConfidence(String node, String literal) {
        return "DELETE { ?n tg:confidence ?c } INSERT { ?n tg:confidence " + literal + " } "
                + "WHERE { BIND(<" + node + "> AS ?n) ?n tg:confidence ?c }";
    }

    private static Graph validGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesTest.class.getResourceAsStream(VALID_DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + VALID_DOCUMENT);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + " "
                        + (e.sourceConstraintComponent() == null ? "" : e.sourceConstraintComponent().getLocalName())
                        + ": " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
