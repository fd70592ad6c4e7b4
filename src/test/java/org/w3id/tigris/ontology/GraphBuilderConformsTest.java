package org.w3id.tigris.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.Claim;
import org.w3id.tigris.extract.Event;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.extract.DocumentExtraction;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.recognize.GeoPoint;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.time.DateValue;

/**
 * The graphs Tigris writes keep the promises the shapes check: a hand-made extraction,
 * whose text has a character outside the BMP before its spans, goes through the RDF stage
 * and the result conforms to ontology/shapes.ttl.
 */
class GraphBuilderConformsTest {
    private static final String TEXT = "Drone strike hits depot near Erbil\n\n"
            + "ERBIL \uD83D\uDE81 \u2014 A drone strike near Erbil killed two guards on Monday, "
            + "the Sunrise Brigade said.\n";

    @Test
    void aDocumentGraphConformsToTheShapes() {
        Graph graph = new DocumentGraphBuilder(IriScheme.defaultScheme(),
                RunInfo.startNow("test", "sha256:0123456789abcdef", List.of("opennlp-models-pos-en 1.3.0")))
                .build(extraction()).graph();
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString()));

        ValidationReport report = ShaclValidator.get().validate(shapes, graph);

        assertTrue(report.conforms(), () -> report.getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .collect(Collectors.joining("\n")));
        assertTrue(graph.size() > 50, "expected a full document graph, got " + graph.size() + " triples");
    }

    @Test
    void onlyTheMentionTheNameTyperTypedCarriesItsConfidence() {
        Graph graph = new DocumentGraphBuilder(IriScheme.defaultScheme(),
                RunInfo.startNow("test", "sha256:0123456789abcdef", List.of("opennlp-models-pos-en 1.3.0")))
                .build(extraction()).graph();
        Node confidence = NodeFactory.createURI("https://w3id.org/tigris/ontology#confidence");
        Node mention = NodeFactory.createURI("https://w3id.org/tigris/ontology#Mention");
        List<Triple> onMentions = graph.find(Node.ANY, confidence, Node.ANY).toList().stream()
                .filter(t -> graph.contains(t.getSubject(), RDF.type.asNode(), mention)).toList();
        assertEquals(1, onMentions.size(), onMentions.toString());
        assertEquals("0.812", onMentions.get(0).getObject().getLiteralLexicalForm());
        assertTrue(onMentions.get(0).getSubject().getURI().endsWith("#char="
                + TEXT.codePointCount(0, TEXT.indexOf("Sunrise Brigade")) + ","
                + TEXT.codePointCount(0, TEXT.indexOf("Sunrise Brigade") + 15)), onMentions.get(0).toString());
    }

    private static DocumentExtraction extraction() {
        int headlineErbil = TEXT.indexOf("Erbil");
        int bodyErbil = TEXT.indexOf("Erbil", headlineErbil + 1);
        int brigade = TEXT.indexOf("Sunrise Brigade");
        int sentence = TEXT.indexOf("A drone strike");
        int content = TEXT.indexOf(", the Sunrise");
        int said = TEXT.indexOf("said.") + "said".length();

        Entity erbil = new Entity("erbil", "Erbil", EntityType.CITY, Optional.of("Q132754"),
                Optional.of("95446"), Optional.of(new GeoPoint(36.19257, 44.01062, "https://sws.geonames.org/95446/")), Optional.empty(),
                Set.of("Arbil"));
        Entity group = new Entity("sunrise-brigade", "Sunrise Brigade", EntityType.ARMED_GROUP,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
        List<ResolvedMention> mentions = List.of(
                new ResolvedMention(new Mention(headlineErbil, headlineErbil + 5, "Erbil", EntityType.CITY,
                        "geonames", Optional.of("geonames:95446")), erbil),
                new ResolvedMention(new Mention(bodyErbil, bodyErbil + 5, "Erbil", EntityType.CITY,
                        "geonames", Optional.of("geonames:95446")), erbil),
                new ResolvedMention(new Mention(brigade, brigade + 15, "Sunrise Brigade", EntityType.ARMED_GROUP,
                        "propn", Optional.empty(), OptionalDouble.of(0.81234)), group));
        Event strike = new Event(EventType.ASSAULT, sentence, content, "strike", List.of(), List.of(),
                Optional.of("erbil"), Optional.of(new DateValue("2025-03-03", DateValue.Precision.DAY)),
                Optional.of(2), Optional.empty(), Optional.of("drone"), 0.8);
        Claim claim = new Claim(Optional.of("sunrise-brigade"), sentence, content, false, "said",
                sentence, said, List.of("erbil"), List.of(0),
                Optional.of(new DateValue("2025-03", DateValue.Precision.MONTH)), 0.7);

        LocalDate published = LocalDate.of(2025, 3, 4);
        Source source = new Source("builder-test.txt", TEXT, Optional.of("https://example.org/news/1"),
                Optional.empty(), Optional.of(published), "0".repeat(64));
        Segmentation segmentation = new Segmentation(
                List.of(new Article(0, TEXT.length() - 1, 0, TEXT.indexOf('\n'), TEXT.indexOf("ERBIL"),
                        Optional.of(published))),
                List.of(), Optional.of(published), List.of("Jane Roe"));
        return new DocumentExtraction(source, segmentation, Optional.of(published), mentions,
                Map.of(erbil.id(), erbil, group.id(), group), List.of(strike), List.of(claim));
    }
}
