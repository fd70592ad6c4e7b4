package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.rdf.ITSRDF;
import org.w3id.tigris.rdf.NIF;
import org.w3id.tigris.rdf.TG;

/**
 * An entity named in more sources than a page holds: the page quotes one page of sources,
 * counts them all, and links to the next and previous pages, which together quote every source once.
 */
class EntityMentionPagesTest {
    /** More than a page: the sample graph's three sources of Anbar and these. */
    private static final int EXTRA_SOURCES = EntityMentions.SOURCES_PER_PAGE + 5;
    private static final int ALL_SOURCES = EXTRA_SOURCES + 3;
    private static final Pattern QUOTED_SOURCE = Pattern.compile("<h3><a href=\"(/id/document/[^\"]+)\"");

    private static TestServer server;

    @BeforeAll
    static void start() {
        Dataset dataset = SampleGraph.dataset();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < EXTRA_SOURCES; i++) {
                String name = "anbar-note-" + i + ".txt";
                dataset.addNamedModel(SampleGraph.IRIS.document(name), note(name, "Elders met in Anbar on day " + i + "."));
            }
        });
        server = new TestServer(dataset);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A document of one sentence that names Anbar once. */
    private static Model note(String name, String text) {
        Model m = ModelFactory.createDefaultModel();
        Resource doc = m.createResource(SampleGraph.IRIS.document(name), TG.Document)
                .addProperty(NIF.isString, text).addProperty(TG.sourceName, name);
        Resource anbar = m.createResource(SampleGraph.entity("anbar"), TG.Region).addProperty(RDFS.label, "Anbar");
        int at = text.indexOf("Anbar");
        m.createResource(SampleGraph.IRIS.mention(name, at, at + 5))
                .addProperty(RDF.type, NIF.Phrase).addProperty(RDF.type, TG.Mention)
                .addProperty(NIF.referenceContext, doc)
                .addProperty(NIF.beginIndex, m.createTypedLiteral(String.valueOf(at), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.endIndex, m.createTypedLiteral(String.valueOf(at + 5), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.anchorOf, "Anbar")
                .addProperty(ITSRDF.taIdentRef, anbar);
        return m;
    }

    private static String html(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /** The mentions section of an entity page. */
    private static String mentions(String html) {
        int from = html.indexOf("<h2 id=\"mentions\">");
        int to = html.indexOf("<h2 id=\"claims-by\">", from);
        assertTrue(from >= 0 && to > from, html);
        return html.substring(from, to);
    }

    private static List<String> quotedSources(String section) {
        Matcher m = QUOTED_SOURCE.matcher(section);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void theFirstPageQuotesOnePageOfSourcesCountsAllAndLinksToTheNext() {
        String section = mentions(html("/page/entity/anbar"));
        assertTrue(section.contains("Mentions (" + ALL_SOURCES + " in " + ALL_SOURCES + " sources)"), section);
        assertEquals(EntityMentions.SOURCES_PER_PAGE, quotedSources(section).size(), section);
        assertTrue(section.contains("<mark class=\"hit\">Anbar</mark>"), section);
        assertTrue(section.contains("href=\"/id/entity/anbar?mentions=1#mentions\">next →</a>"), section);
        assertFalse(section.contains("previous"), section);
    }

    @Test
    void followingNextQuotesTheRestOnceAndLinksBack() {
        List<String> first = quotedSources(mentions(html("/page/entity/anbar")));
        String second = mentions(html("/id/entity/anbar?mentions=1"));
        List<String> rest = quotedSources(second);
        assertEquals(ALL_SOURCES - EntityMentions.SOURCES_PER_PAGE, rest.size(), second);
        Set<String> all = new HashSet<>(first);
        all.addAll(rest);
        assertEquals(ALL_SOURCES, all.size(), "every source quoted once over the two pages");
        assertTrue(second.contains("href=\"/id/entity/anbar#mentions\">← previous</a>"), second);
        assertFalse(second.contains("next →"), second);
        assertTrue(second.contains("Mentions (" + ALL_SOURCES + " in " + ALL_SOURCES + " sources)"), second);
    }

    @Test
    void aPageBeyondTheLastSaysSoAndAMalformedOneIsTheFirst() {
        assertTrue(mentions(html("/page/entity/anbar?mentions=99")).contains("No sources on this page"));
        assertEquals(EntityMentions.SOURCES_PER_PAGE,
                quotedSources(mentions(html("/page/entity/anbar?mentions=x"))).size());
    }

    @Test
    void theDataViewStaysTheEntitysDescription() {
        HttpResponse<String> response = server.get("/id/entity/anbar?mentions=1", "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TURTLE).parse(model);
        assertTrue(model.contains(model.createResource(SampleGraph.entity("anbar")), RDFS.label, "Anbar"));
    }
}
