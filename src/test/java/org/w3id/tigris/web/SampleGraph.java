package org.w3id.tigris.web;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.rdf.GEO;
import org.w3id.tigris.rdf.ITSRDF;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * A small store shaped like the graph contract (design/ONTOLOGY.md), written by hand: two
 * news reports of one rocket attack and a third document with hostile markup in it. One
 * named graph per document, the ontology in a graph of its own, union default graph. Offsets
 * are computed from the texts, so they are true by construction.
 */
final class SampleGraph {
    /** The base the IRIs were minted with: deliberately not the test server's address. */
    static final IriScheme IRIS = new IriScheme("http://tigris.example.org");

    static final String ALPHA = "alpha-report.txt";
    static final String BETA = "beta-wire.txt";
    static final String GAMMA = "gamma-notes.html";
    /** A digest without a title: its one article's headline names it; a joint claim; a month and a year. */
    static final String DELTA = "delta-digest.txt";

    static final String ALPHA_TEXT = """
            Rocket attack on Ain al-Asad base

            Militants fired rockets at the Ain al-Asad air base in Anbar on Tuesday. \
            The Iraqi Defense Ministry said two soldiers were wounded in the attack. \
            Kataib Hezbollah denied any role in the strike.
            """;
    static final String BETA_TEXT = "Kata'ib Hizbullah, an Iran-backed militia, was blamed for a rocket attack "
            + "on Ain al-Asad in western Iraq. A coalition spokesman said no American troops were hurt at the base.";
    static final String GAMMA_TEXT = "Notes <script>alert('x')</script> & more: Anbar stayed quiet.";

    static final String DELTA_HEADLINE = "Border crossing to reopen";
    static final String DELTA_TEXT = DELTA_HEADLINE + "\n\n"
            + "Iran and Iraq announced that the Mandali border crossing would reopen in March 2020. "
            + "Protesters rallied in Anbar in 2019 against the closure.\n";
    static final String JOINT_CLAIM_EVIDENCE = "Iran and Iraq announced that the Mandali border crossing would reopen in March 2020";
    static final String JOINT_CLAIM_TEXT = "the Mandali border crossing would reopen in March 2020";
    static final String PROTEST_EVIDENCE = "Protesters rallied in Anbar in 2019";
    static final String ALPHA_EVENT_EVIDENCE = "Militants fired rockets at the Ain al-Asad air base in Anbar on Tuesday";
    static final String BETA_EVENT_EVIDENCE = "a rocket attack on Ain al-Asad in western Iraq";
    static final String MINISTRY_CLAIM_EVIDENCE = "The Iraqi Defense Ministry said two soldiers were wounded in the attack";
    static final String MINISTRY_CLAIM_TEXT = "two soldiers were wounded in the attack";
    static final String DENIAL_EVIDENCE = "Kataib Hezbollah denied any role in the strike";
    static final String DENIAL_TEXT = "any role in the strike";
    static final String COALITION_CLAIM_EVIDENCE = "A coalition spokesman said no American troops were hurt at the base";
    static final String COALITION_CLAIM_TEXT = "no American troops were hurt at the base";

    static final String HOSTILE_URL = "javascript:alert(document.domain)";

    private static final String ONTOLOGY_GRAPH = "https://w3id.org/tigris/ontology";

    private SampleGraph() {
    }

    static String entity(String id) {
        return IRIS.entity(id);
    }

    static String alphaEvent() {
        return IRIS.event(ALPHA, ALPHA_TEXT.indexOf(ALPHA_EVENT_EVIDENCE), EventType.ASSAULT);
    }

    static String betaEvent() {
        return IRIS.event(BETA, BETA_TEXT.indexOf(BETA_EVENT_EVIDENCE), EventType.ASSAULT);
    }

    static String protestEvent() {
        return IRIS.event(DELTA, DELTA_TEXT.indexOf(PROTEST_EVIDENCE), EventType.PROTEST);
    }

    static String jointClaim() {
        return IRIS.claim(DELTA, DELTA_TEXT.indexOf(JOINT_CLAIM_TEXT));
    }

    static String ministryClaim() {
        return IRIS.claim(ALPHA, ALPHA_TEXT.indexOf(MINISTRY_CLAIM_TEXT));
    }

    static String denialClaim() {
        return IRIS.claim(ALPHA, ALPHA_TEXT.indexOf(DENIAL_TEXT));
    }

    static String coalitionClaim() {
        return IRIS.claim(BETA, BETA_TEXT.indexOf(COALITION_CLAIM_TEXT));
    }

    /** In-memory TDB2 with the union default graph, as the Tigris assembler configures it. */
    static Dataset dataset() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        load(dataset);
        return dataset;
    }

    /** The same, with a jena-text Lucene index over names, claim texts and document texts. */
    static Dataset textIndexedDataset() {
        return textIndexedDataset(RDFS.label, SKOS.altLabel, TG.claimText, NIF.isString);
    }

    /** The same, with a jena-text Lucene index of the given properties, one field each. */
    static Dataset textIndexedDataset(Property... indexed) {
        Dataset base = TDB2Factory.createDataset();
        base.getContext().set(TDB2.symUnionDefaultGraph, true);
        EntityDefinition entities = new EntityDefinition("uri", indexed[0].getLocalName(), indexed[0]);
        for (int i = 1; i < indexed.length; i++) {
            entities.set(indexed[i].getLocalName(), indexed[i].asNode());
        }
        Dataset dataset = TextDatasetFactory.createLucene(base, new ByteBuffersDirectory(),
                new TextIndexConfig(entities));
        load(dataset);
        return dataset;
    }

    private static void load(Dataset dataset) {
        Txn.executeWrite(dataset, () -> {
            dataset.addNamedModel(ONTOLOGY_GRAPH, ontology());
            dataset.addNamedModel(IRIS.document(ALPHA), alpha());
            dataset.addNamedModel(IRIS.document(BETA), beta());
            dataset.addNamedModel(IRIS.document(GAMMA), gamma());
            dataset.addNamedModel(IRIS.document(DELTA), delta());
            dataset.addNamedModel(IriScheme.CLUSTERS_GRAPH, clusters());
            // the entity catalogue, as the store keeps it: one copy of each document's entity triples
            Model catalogue = dataset.getNamedModel(IriScheme.ENTITIES_GRAPH);
            for (String doc : List.of(ALPHA, BETA, GAMMA, DELTA)) {
                dataset.getNamedModel(IRIS.document(doc)).listStatements().forEachRemaining(st -> {
                    if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(IRIS.entityPrefix())) {
                        catalogue.add(st);
                    }
                });
            }
        });
    }

    static String cluster() {
        return IRIS.clusterPrefix() + "0123456789abcdef";
    }

    /** The two reports of the rocket attack as one event; only the wire names who did it. */
    private static Model clusters() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(cluster(), TG.EventCluster)
                .addProperty(RDFS.label, "Assault reported by 2 sources")
                .addProperty(TG.eventType, m.createResource(TG.NS + "Assault"))
                .addLiteral(TG.reportCount, m.createTypedLiteral("2", XSDDatatype.XSDinteger))
                .addProperty(TG.report, m.createResource(alphaEvent()))
                .addProperty(TG.report, m.createResource(betaEvent()))
                .addProperty(TG.agentNamedBySome, m.createResource(entity("kataib-hezbollah")))
                .addProperty(TG.targetNamedByAll, m.createResource(entity("ain-al-asad")));
        return m;
    }

    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        Resource assault = m.createResource(TG.NS + "Assault").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.subClassOf, TG.Event).addProperty(RDFS.label, m.createLiteral("Assault", "en"));
        m.createResource(TG.NS + "ArmedGroup").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, m.createLiteral("Armed group", "en"))
                .addProperty(RDFS.label, m.createLiteral("Groupe armé", "fr"));
        return assault.getModel();
    }

    private static Model alpha() {
        Model m = document(ALPHA, ALPHA_TEXT, "Rocket attack on Ain al-Asad base");
        Resource doc = m.createResource(IRIS.document(ALPHA));
        doc.addProperty(DCTerms.issued, m.createTypedLiteral("2020-03-10", XSDDatatype.XSDdate));
        Resource base = facility(m);
        Resource anbar = anbar(m);
        Resource ministry = m.createResource(entity("iraqi-defense-ministry"), TG.GovernmentBody)
                .addProperty(RDFS.label, "Iraqi Defense Ministry");
        Resource kh = kataibHezbollah(m);
        mentionAll(m, ALPHA, ALPHA_TEXT, "Ain al-Asad", base);
        mentionAll(m, ALPHA, ALPHA_TEXT, "Anbar", anbar);
        mentionAll(m, ALPHA, ALPHA_TEXT, "Iraqi Defense Ministry", ministry);
        mentionAll(m, ALPHA, ALPHA_TEXT, "Kataib Hezbollah", kh);

        Resource event = m.createResource(alphaEvent(), TG.resource("Assault"))
                .addProperty(TG.target, base).addProperty(TG.place, anbar).addProperty(TG.place, base)
                .addProperty(TG.mode, "rocket").addProperty(TG.trigger, "fired")
                .addProperty(TG.date, m.createTypedLiteral("2020-03-10", XSDDatatype.XSDdate))
                .addProperty(TG.evidence, span(m, ALPHA, ALPHA_TEXT, ALPHA_EVENT_EVIDENCE))
                .addProperty(PROV.wasDerivedFrom, doc)
                .addProperty(TG.confidence, m.createTypedLiteral("0.8", XSDDatatype.XSDdecimal));
        claim(m, ministryClaim(), ministry, "said", MINISTRY_CLAIM_TEXT, MINISTRY_CLAIM_EVIDENCE, ALPHA, ALPHA_TEXT, event);
        claim(m, denialClaim(), kh, "denied", DENIAL_TEXT, DENIAL_EVIDENCE, ALPHA, ALPHA_TEXT, event);
        return m;
    }

    private static Model beta() {
        Model m = document(BETA, BETA_TEXT, null);
        Resource base = facility(m);
        Resource kh = kataibHezbollah(m).addProperty(SKOS.altLabel, "Kata'ib Hizbullah");
        Resource iraq = iraq(m).addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q796"));
        Resource iran = m.createResource(entity("iran"), TG.Country).addProperty(RDFS.label, "Iran")
                .addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q794"));
        Resource coalition = m.createResource(entity("coalition"), TG.Organization).addProperty(RDFS.label, "Coalition");
        mentionAll(m, BETA, BETA_TEXT, "Kata'ib Hizbullah", kh);
        mentionAll(m, BETA, BETA_TEXT, "Iran", iran);
        mentionAll(m, BETA, BETA_TEXT, "Ain al-Asad", base);
        mentionAll(m, BETA, BETA_TEXT, "Iraq", iraq);
        mentionAll(m, BETA, BETA_TEXT, "coalition", coalition);
        Resource event = m.createResource(betaEvent(), TG.resource("Assault"))
                .addProperty(TG.agent, kh).addProperty(TG.target, base).addProperty(TG.place, iraq)
                .addProperty(TG.place, base)
                // reported a day later; "on Tuesday" and a wire's dateline may differ by a day
                .addProperty(TG.date, m.createTypedLiteral("2020-03-11", XSDDatatype.XSDdate))
                .addProperty(TG.evidence, span(m, BETA, BETA_TEXT, BETA_EVENT_EVIDENCE))
                .addProperty(PROV.wasDerivedFrom, m.createResource(IRIS.document(BETA)));
        claim(m, coalitionClaim(), coalition, "said", COALITION_CLAIM_TEXT, COALITION_CLAIM_EVIDENCE, BETA, BETA_TEXT, event);
        return m;
    }

    private static Model gamma() {
        Model m = document(GAMMA, GAMMA_TEXT, "<script>alert('title')</script> notes");
        // What a JSONL record's "url" may say: an IRI, but nothing to link to.
        m.createResource(IRIS.document(GAMMA)).addProperty(DCTerms.source, m.createResource(HOSTILE_URL));
        mentionAll(m, GAMMA, GAMMA_TEXT, "Anbar", anbar(m));
        return m;
    }

    private static Model delta() {
        Model m = document(DELTA, DELTA_TEXT, null);
        Resource doc = m.createResource(IRIS.document(DELTA))
                .addProperty(DCTerms.source, m.createResource("https://www.example-news.org/2020/02/border"));
        m.createResource(IRIS.article(DELTA, 0), TG.Article)
                .addProperty(DCTerms.isPartOf, doc).addProperty(NIF.referenceContext, doc)
                .addProperty(NIF.beginIndex, offset(m, 0)).addProperty(NIF.endIndex, offset(m, DELTA_TEXT.length()))
                .addProperty(TG.headline, DELTA_HEADLINE)
                .addProperty(DCTerms.issued, m.createTypedLiteral("2020-02-20", XSDDatatype.XSDdate));
        Resource iran = m.createResource(entity("iran"), TG.Country).addProperty(RDFS.label, "Iran");
        Resource iraq = iraq(m);
        Resource anbar = anbar(m);
        mentionAll(m, DELTA, DELTA_TEXT, "Iran", iran);
        mentionAll(m, DELTA, DELTA_TEXT, "Iraq", iraq);
        mentionAll(m, DELTA, DELTA_TEXT, "Anbar", anbar);
        m.createResource(protestEvent(), TG.resource("Protest"))
                .addProperty(TG.place, anbar)
                .addProperty(TG.date, m.createTypedLiteral("2019", XSDDatatype.XSDgYear))
                .addProperty(TG.evidence, span(m, DELTA, DELTA_TEXT, PROTEST_EVIDENCE))
                .addProperty(PROV.wasDerivedFrom, doc);
        // A joint claim: two claimants, as the ontology allows.
        m.createResource(jointClaim(), TG.Claim)
                .addProperty(TG.claimant, iran).addProperty(TG.claimant, iraq)
                .addProperty(TG.cue, "announced").addProperty(TG.claimText, JOINT_CLAIM_TEXT)
                .addProperty(TG.direct, m.createTypedLiteral("false", XSDDatatype.XSDboolean))
                .addProperty(TG.date, m.createTypedLiteral("2020-03", XSDDatatype.XSDgYearMonth))
                .addProperty(TG.evidence, span(m, DELTA, DELTA_TEXT, JOINT_CLAIM_EVIDENCE))
                .addProperty(PROV.wasDerivedFrom, doc)
                .addProperty(TG.confidence, m.createTypedLiteral("0.7", XSDDatatype.XSDdecimal));
        return m;
    }

    private static Resource iraq(Model m) {
        Resource geometry = m.createResource(entity("iraq") + "#geometry").addProperty(RDF.type, GEO.Geometry)
                .addProperty(GEO.asWKT, m.createTypedLiteral("POINT(43.7 33.2)", GEO.wktLiteralIri));
        return m.createResource(entity("iraq"), TG.Country).addProperty(RDFS.label, "Iraq")
                .addProperty(GEO.hasGeometry, geometry);
    }

    private static Model document(String sourceName, String text, String title) {
        Model m = ModelFactory.createDefaultModel();
        Resource run = m.createResource(IRIS.run("sample-run"), TG.ExtractionRun)
                .addProperty(TG.softwareVersion, "0.1.0");
        Resource doc = m.createResource(IRIS.document(sourceName), TG.Document)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(TG.sourceName, sourceName)
                .addProperty(NIF.isString, text)
                .addProperty(PROV.wasGeneratedBy, run);
        if (title != null) {
            doc.addProperty(DCTerms.title, title);
        }
        return m;
    }

    private static Resource facility(Model m) {
        Resource geometry = m.createResource(entity("ain-al-asad") + "#geometry")
                .addProperty(RDF.type, GEO.Geometry)
                .addProperty(GEO.asWKT,
                        m.createTypedLiteral("POINT(42.44 33.79)", GEO.wktLiteralIri))
                .addProperty(DCTerms.source, m.createResource("https://example.org/where-the-point-was-read"));
        return m.createResource(entity("ain-al-asad"), TG.Facility).addProperty(RDFS.label, "Ain al-Asad")
                .addProperty(GEO.hasGeometry, geometry);
    }

    private static Resource anbar(Model m) {
        Resource iraq = m.createResource(entity("iraq"), TG.Country).addProperty(RDFS.label, "Iraq");
        Resource geometry = m.createResource(entity("anbar") + "#geometry").addProperty(RDF.type, GEO.Geometry)
                .addProperty(GEO.asWKT, m.createTypedLiteral("POINT(42.0 33.3)", GEO.wktLiteralIri));
        return m.createResource(entity("anbar"), TG.Region).addProperty(RDFS.label, "Anbar")
                .addProperty(GEO.hasGeometry, geometry)
                .addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q187334"))
                .addProperty(TG.locatedIn, iraq);
    }

    private static Resource kataibHezbollah(Model m) {
        return m.createResource(entity("kataib-hezbollah"), TG.ArmedGroup).addProperty(RDFS.label, "Kataib Hezbollah");
    }

    private static void mentionAll(Model m, String sourceName, String text, String surface, Resource entity) {
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            Resource mention = mention(m, sourceName, at, at + surface.length(), surface);
            mention.addProperty(ITSRDF.taIdentRef, entity);
        }
    }

    private static Resource span(Model m, String sourceName, String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("Not in the text: " + phrase);
        }
        return mention(m, sourceName, at, at + phrase.length(), phrase);
    }

    private static Resource mention(Model m, String sourceName, int begin, int end, String anchor) {
        return m.createResource(IRIS.mention(sourceName, begin, end))
                .addProperty(RDF.type, NIF.Phrase)
                .addProperty(RDF.type, TG.Mention)
                .addProperty(NIF.referenceContext, m.createResource(IRIS.document(sourceName)))
                .addProperty(NIF.beginIndex, offset(m, begin))
                .addProperty(NIF.endIndex, offset(m, end))
                .addProperty(NIF.anchorOf, anchor);
    }

    private static Literal offset(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    private static void claim(Model m, String iri, Resource claimant, String cue, String claimText,
                              String evidence, String sourceName, String text, Resource about) {
        m.createResource(iri, TG.Claim)
                .addProperty(TG.claimant, claimant)
                .addProperty(TG.cue, cue)
                .addProperty(TG.claimText, claimText)
                .addProperty(TG.direct, m.createTypedLiteral("false", XSDDatatype.XSDboolean))
                .addProperty(TG.about, about)
                .addProperty(TG.evidence, span(m, sourceName, text, evidence))
                .addProperty(PROV.wasDerivedFrom, m.createResource(IRIS.document(sourceName)))
                .addProperty(TG.confidence, m.createTypedLiteral("0.7", XSDDatatype.XSDdecimal));
    }

    static List<String> documents() {
        return List.of(IRIS.document(ALPHA), IRIS.document(BETA), IRIS.document(GAMMA), IRIS.document(DELTA));
    }
}
