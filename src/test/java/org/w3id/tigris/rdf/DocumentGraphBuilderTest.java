package org.w3id.tigris.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class DocumentGraphBuilderTest {
    private static final IriScheme IRIS = new IriScheme("http://example.org/kg/");
    private static final RunInfo RUN = new RunInfo("run-1", "1.2.3", "sha256:0123456789abcdef", List.of("model-a 1.0"),
            Instant.parse("2024-03-07T10:00:00Z"));

    private final DocumentGraph built = new DocumentGraphBuilder(IRIS, RUN).build(SampleExtraction.of("report 1.txt"));
    private final Model model = ModelFactory.createModelForGraph(built.graph());
    private final Resource doc = model.getResource(IRIS.document("report 1.txt"));

    @Test
    void documentCarriesItsTextAndMetadata() {
        // a space folds to a hyphen, so the slug carries a hash of the name (apart from report-1.txt)
        assertTrue(built.name().matches("http://example\\.org/kg/id/document/report-1\\.txt--[0-9a-f]{12}"), built.name());
        assertTrue(doc.hasProperty(RDF.type, TG.Document));
        assertTrue(doc.hasProperty(RDF.type, NIF.Context));
        assertEquals("report 1.txt", doc.getProperty(TG.sourceName).getString());
        assertEquals(SampleExtraction.TEXT, doc.getProperty(NIF.isString).getString());
        assertEquals(SampleExtraction.sha256(SampleExtraction.TEXT), doc.getProperty(TG.contentHash).getString());
        Literal issued = doc.getProperty(DCTerms.issued).getLiteral();
        assertEquals("2024-03-06", issued.getLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), issued.getDatatypeURI());
        assertEquals(SampleExtraction.HEADLINE, doc.getProperty(DCTerms.title).getString());
        assertEquals("https://news.example.org/2024/drone-strike", doc.getProperty(DCTerms.source).getResource().getURI());
        Resource run = doc.getProperty(PROV.wasGeneratedBy).getResource();
        assertEquals(IRIS.run("run-1"), run.getURI());
        assertTrue(run.hasProperty(RDF.type, TG.ExtractionRun));
        assertTrue(run.hasProperty(RDF.type, PROV.Activity));
        assertEquals("1.2.3", run.getProperty(TG.softwareVersion).getString());
        assertEquals("model-a 1.0", run.getProperty(TG.modelVersion).getString());
        assertEquals(XSDDatatype.XSDdateTime.getURI(), run.getProperty(PROV.startedAtTime).getLiteral().getDatatypeURI());
    }

    @Test
    void articleIsPartOfTheDocument() {
        List<Resource> articles = model.listSubjectsWithProperty(RDF.type, TG.Article).toList();
        assertEquals(1, articles.size());
        Resource article = articles.get(0);
        assertTrue(article.hasProperty(DCTerms.isPartOf, doc));
        assertEquals(SampleExtraction.HEADLINE, article.getProperty(TG.headline).getString());
        assertEquals(0, article.getProperty(NIF.beginIndex).getInt());
        assertEquals(SampleExtraction.TEXT.codePointCount(0, SampleExtraction.TEXT.length()),
                article.getProperty(NIF.endIndex).getInt());
    }

    /** The contract's central promise, checked as a SPARQL user would: anchorOf is the substring. */
    @Test
    void everyPhraseAnchorIsTheSubstringAtItsOffsets() {
        String query = Namespaces.sparqlPrologue() + """
                SELECT ?p ?anchor ?sub WHERE {
                  ?p a nif:Phrase ; nif:referenceContext ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
                  ?d nif:isString ?text .
                  BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sub)
                }""";
        int phrases = 0;
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                assertEquals(row.getLiteral("anchor").getString(), row.getLiteral("sub").getString(),
                        row.getResource("p").getURI());
                phrases++;
            }
        }
        // 6 mentions + the event's evidence + the claim's evidence
        assertEquals(8, phrases);
    }

    @Test
    void offsetsCountCodePointsAfterAnEmoji() {
        String text = SampleExtraction.TEXT;
        int utf16 = text.indexOf("Islamic State");
        int codePoints = text.codePointCount(0, utf16);
        assertEquals(utf16 - 1, codePoints);
        Resource m = model.getResource(IRIS.mention("report 1.txt", codePoints, codePoints + 13));
        assertTrue(m.hasProperty(RDF.type, TG.Mention));
        assertEquals("Islamic State", m.getProperty(NIF.anchorOf).getString());
        assertEquals(XSDDatatype.XSDnonNegativeInteger.getURI(),
                m.getProperty(NIF.beginIndex).getLiteral().getDatatypeURI());
        assertEquals(IRIS.entity("islamic-state"), m.getProperty(ITSRDF.taIdentRef).getResource().getURI());
        assertEquals("gazetteer", m.getProperty(TG.layer).getString());
    }

    @Test
    void entitiesHaveTypesLabelsLinksAndGeometry() {
        Resource mosul = model.getResource(IRIS.entity("mosul"));
        assertTrue(mosul.hasProperty(RDF.type, TG.City));
        assertEquals("Mosul", mosul.getProperty(RDFS.label).getString());
        Set<String> alt = mosul.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toSet();
        assertEquals(Set.of("MOSUL", "Al Mawsil"), alt);
        Set<String> sameAs = mosul.listProperties(OWL.sameAs).mapWith(s -> s.getResource().getURI()).toSet();
        assertEquals(Set.of("http://www.wikidata.org/entity/Q83317", "https://sws.geonames.org/99072/"), sameAs);
        Resource geometry = mosul.getProperty(GEO.hasGeometry).getResource();
        Literal wkt = geometry.getProperty(GEO.asWKT).getLiteral();
        assertEquals("POINT(43.11889 36.335)", wkt.getLexicalForm());
        assertEquals(GEO.wktLiteralIri, wkt.getDatatypeURI());
        assertEquals(IRIS.entity("iraq"), mosul.getProperty(TG.locatedIn).getResource().getURI());
        Resource army = model.getResource(IRIS.entity("iraqi-army"));
        assertTrue(army.hasProperty(RDF.type, TG.GovernmentBody));
        assertFalse(army.hasProperty(OWL.sameAs));
    }

    @Test
    void eventHasTypedArgumentsAndEvidence() {
        List<Resource> events = model.listSubjectsWithProperty(RDF.type, TG.resource("Assault")).toList();
        assertEquals(1, events.size());
        Resource ev = events.get(0);
        assertTrue(ev.hasProperty(RDF.type, TG.Event));
        assertEquals(IRIS.event("report 1.txt", SampleExtraction.TEXT.codePointCount(0,
                SampleExtraction.TEXT.indexOf("A drone strike")), org.w3id.tigris.extract.EventType.ASSAULT), ev.getURI());
        assertEquals(IRIS.entity("mosul"), ev.getProperty(TG.place).getResource().getURI());
        assertEquals(IRIS.entity("islamic-state"), ev.getProperty(TG.target).getResource().getURI());
        assertFalse(ev.hasProperty(TG.agent));
        Literal killed = ev.getProperty(TG.killed).getLiteral();
        assertEquals(4, killed.getInt());
        assertEquals(XSDDatatype.XSDinteger.getURI(), killed.getDatatypeURI());
        assertEquals(XSDDatatype.XSDdate.getURI(), ev.getProperty(TG.date).getLiteral().getDatatypeURI());
        assertEquals("drone", ev.getProperty(TG.mode).getString());
        assertEquals("strike", ev.getProperty(TG.trigger).getString());
        Literal confidence = ev.getProperty(TG.confidence).getLiteral();
        assertEquals(XSDDatatype.XSDdecimal.getURI(), confidence.getDatatypeURI());
        assertEquals(0.8, confidence.getDouble(), 1e-9);
        assertTrue(ev.hasProperty(PROV.wasDerivedFrom, doc));
        Resource evidence = ev.getProperty(TG.evidence).getResource();
        assertEquals("A drone strike killed four fighters of the Islamic State near Mosul",
                evidence.getProperty(NIF.anchorOf).getString());
    }

    @Test
    void claimLinksSpeakerTextAndTheEventItIsAbout() {
        List<Resource> claims = model.listSubjectsWithProperty(RDF.type, TG.Claim).toList();
        assertEquals(1, claims.size());
        Resource claim = claims.get(0);
        assertEquals("We will not stop", claim.getProperty(TG.claimText).getString());
        assertTrue(claim.getProperty(TG.direct).getBoolean());
        assertEquals("said", claim.getProperty(TG.cue).getString());
        assertEquals(IRIS.entity("iraqi-army"), claim.getProperty(TG.claimant).getResource().getURI());
        Resource event = model.listSubjectsWithProperty(RDF.type, TG.Event).next();
        assertTrue(claim.hasProperty(TG.about, event));
        assertEquals(XSDDatatype.XSDgYearMonth.getURI(), claim.getProperty(TG.date).getLiteral().getDatatypeURI());
        assertTrue(claim.hasProperty(PROV.wasDerivedFrom, doc));
        assertTrue(claim.getProperty(TG.evidence).getResource().hasProperty(RDF.type, NIF.Phrase));
    }

    @Test
    void sameInputGivesTheSameGraphApartFromTheRun() {
        RunInfo other = new RunInfo("run-2", "1.2.3", "sha256:0123456789abcdef", List.of("model-a 1.0"), Instant.parse("2024-04-01T00:00:00Z"));
        Graph first = withoutRun(built.graph(), IRIS.run("run-1"));
        Graph second = withoutRun(new DocumentGraphBuilder(IRIS, other).build(SampleExtraction.of("report 1.txt")).graph(),
                IRIS.run("run-2"));
        assertTrue(first.isIsomorphicWith(second));
        assertTrue(first.size() > 50);
    }

    private static Graph withoutRun(Graph graph, String runIri) {
        Graph copy = GraphFactory.createDefaultGraph();
        Set<Triple> kept = graph.find().toList().stream()
                .filter(t -> !t.getSubject().getURI().equals(runIri) && !t.getObject().equals(Node.ANY)
                        && !(t.getObject().isURI() && t.getObject().getURI().equals(runIri)))
                .collect(Collectors.toSet());
        kept.forEach(copy::add);
        return copy;
    }
}
