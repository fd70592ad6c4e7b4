package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The researcher pages, fetched over HTTP from a server holding the sample graph. */
class ResearchPagesTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(SampleGraph.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String iri) {
        HttpResponse<String> response = server.get(iri.substring(SampleGraph.IRIS.base().length()), "text/html");
        assertEquals(200, response.statusCode(), iri);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return response.body();
    }

    @Test
    void entityPageShowsEveryMentionInItsSentenceHighlighted() {
        String html = page(SampleGraph.entity("kataib-hezbollah"));
        assertTrue(html.contains("<h1>Kataib Hezbollah</h1>"));
        assertTrue(html.contains("Armed group"), "type named by the ontology's English label");
        assertFalse(html.contains("Groupe armé"));
        assertTrue(html.contains("Kata&#39;ib Hizbullah"), "the other name");
        // Both sources, each mention marked inside its sentence.
        assertTrue(html.contains("<mark class=\"hit\">Kataib Hezbollah</mark> denied any role in the strike."), html);
        assertTrue(html.contains("<mark class=\"hit\">Kata&#39;ib Hizbullah</mark>, an Iran-backed militia"));
        assertTrue(html.contains("Mentions (2 in 2 sources)"));
    }

    @Test
    void entityPageListsClaimsByItAndEventsItTookPartIn() {
        String html = page(SampleGraph.entity("kataib-hezbollah"));
        assertTrue(html.contains("Claims by Kataib Hezbollah (1)"));
        assertTrue(html.contains("<span class=\"cue\">denied</span>"));
        assertTrue(html.contains("<em class=\"ct\">" + SampleGraph.DENIAL_TEXT + "</em>"));
        // One event (as agent) and one claim (as claimant), in the table of events and claims.
        assertTrue(html.contains("Events and claims (2)"), html);
        assertTrue(html.contains("href=\"" + SampleGraph.betaEvent().substring(SampleGraph.IRIS.base().length()) + "\""));
    }

    @Test
    void placePageShowsCoordinatesAndSameAs() {
        String html = page(SampleGraph.entity("anbar"));
        assertTrue(html.contains("latitude") || html.contains("Located in"));
        assertTrue(html.contains("http://www.wikidata.org/entity/Q187334"));
        assertTrue(html.contains("href=\"/id/entity/iraq\""), "located in, as a local link");
        String base = page(SampleGraph.entity("ain-al-asad"));
        assertTrue(base.contains("latitude 33.79, longitude 42.44"));
    }

    @Test
    void documentPageMarksMentionsEventsAndClaims() {
        String html = page(SampleGraph.IRIS.document(SampleGraph.ALPHA));
        int at = SampleGraph.ALPHA_TEXT.indexOf("Iraqi Defense Ministry");
        assertTrue(html.contains("<a class=\"m\" id=\"char=" + at + "," + (at + "Iraqi Defense Ministry".length())
                + "\" title=\"Iraqi Defense Ministry\" href=\"/id/entity/iraqi-defense-ministry\">Iraqi Defense Ministry</a>"),
                "mention linked, with its RFC 5147 fragment as id");
        assertTrue(html.contains("<mark class=\"ev\""), "event evidence marked");
        assertTrue(html.contains("<mark class=\"cl\""), "claim evidence marked");
        assertTrue(html.contains("<em class=\"ct\">" + SampleGraph.MINISTRY_CLAIM_TEXT + "</em>"));
        assertTrue(html.contains(SampleGraph.IRIS.document(SampleGraph.ALPHA)), "the named graph is named");
        assertTrue(html.contains("2020-03-10"), "metadata");
        assertTrue(html.contains("Claims (2)") && html.contains("Events (1)"));
    }

    @Test
    void claimPageShowsTheSentenceInContextAndOtherSourcesSideBySide() {
        String html = page(SampleGraph.ministryClaim());
        assertTrue(html.contains("<h1>Claim by Iraqi Defense Ministry</h1>"));
        assertTrue(html.contains("<span class=\"ctx\">Militants fired rockets"), "the sentence before, as context");
        assertTrue(html.contains("<mark class=\"cl\">" + SampleGraph.MINISTRY_CLAIM_EVIDENCE.replace(
                SampleGraph.MINISTRY_CLAIM_TEXT, "<em class=\"ct\">" + SampleGraph.MINISTRY_CLAIM_TEXT + "</em>") + "</mark>"));
        int sideBySide = html.indexOf("side-by-side");
        assertTrue(sideBySide > 0);
        assertTrue(html.indexOf(SampleGraph.COALITION_CLAIM_TEXT, sideBySide) > 0,
                "the other source's claim about the same attack");
        assertFalse(html.substring(sideBySide).contains(SampleGraph.DENIAL_TEXT),
                "claims from the same document are not 'other sources'");
    }

    @Test
    void eventPageShowsTheSameEventInOtherSources() {
        String html = page(SampleGraph.alphaEvent());
        assertTrue(html.contains("<mark class=\"ev\">" + SampleGraph.ALPHA_EVENT_EVIDENCE + "</mark>"));
        assertTrue(html.contains("Claims about this event (2)"));
        int others = html.indexOf("id=\"other-sources\"");
        assertTrue(others > 0);
        String rest = html.substring(others);
        assertTrue(rest.contains(SampleGraph.BETA_EVENT_EVIDENCE), "the other report of the attack");
        assertTrue(rest.contains(SampleGraph.COALITION_CLAIM_TEXT), "and what was claimed about it there");
        assertTrue(rest.contains("href=\"/id/cluster/"), "the cluster that links the two reports");
        int some = rest.indexOf("<dt>Agent, in some sources only</dt>");
        assertTrue(some > 0 && rest.indexOf("/id/entity/kataib-hezbollah", some) > some,
                "the agent only one source names, as a disagreement");
        assertTrue(rest.contains("<dt>Target, in every source</dt>"));
        assertFalse(rest.contains("<dt>Killed</dt>"), "no source gives a toll");
    }

    @Test
    void anEventInNoClusterHasNoOtherSources() {
        String html = page(SampleGraph.protestEvent());
        assertTrue(html.contains("The same event in other sources (0)"));
        assertFalse(html.contains("side-by-side"));
    }

    @Test
    void textFromTheStoreIsEscaped() {
        String html = page(SampleGraph.IRIS.document(SampleGraph.GAMMA));
        assertFalse(html.contains("<script"), "no markup from the store reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("<a class=\"m\""), "highlights still work around escaped text");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        String html = page(SampleGraph.IRIS.document(SampleGraph.GAMMA));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), "a javascript: url is no link");
        assertTrue(html.contains("<dd>javascript:alert(document.domain)</dd>"), "but it is shown as text");
        String delta = page(SampleGraph.IRIS.document(SampleGraph.DELTA));
        assertTrue(delta.contains("href=\"https://www.example-news.org/2020/02/border\""), "an https url is a link");
        assertTrue(Html.isWebAddress("HTTP://example.org/x"));
        assertFalse(Html.isWebAddress(" data:text/html,<b>"));
        assertFalse(Html.isWebAddress("http://"));
    }

    @Test
    void homeAndDocumentListLinkEverywhere() {
        String home = server.get("/tigris", null).body();
        assertTrue(home.contains("<b>4</b>documents"));
        assertTrue(home.contains("href=\"/search\"") && home.contains("href=\"/.well-known/void\"")
                && home.contains("href=\"/tigris/documents\"") && home.contains("href=\"/\""));
        String list = server.get("/tigris/documents", null).body();
        assertTrue(list.contains("href=\"/id/document/beta-wire.txt\""));
        assertEquals(404, server.get("/tigris/nothing-here", null).statusCode());
    }

    @Test
    void searchScansWithoutATextIndex() {
        String html = server.get("/search?q=" + URLEncoder.encode("american troops", StandardCharsets.UTF_8), null).body();
        assertTrue(html.contains("(text scan)"));
        assertTrue(html.contains("href=\"/id/claim/beta-wire.txt-"), "the claim whose text matches");
        assertTrue(html.contains("href=\"/id/document/beta-wire.txt\""), "and the document");
        String names = server.get("/search?q=hizbullah", null).body();
        assertTrue(names.contains("<h2>Entities</h2>") && names.contains("href=\"/id/entity/kataib-hezbollah\""),
                "other names are searched");
        assertTrue(server.get("/search?q=%22%3Cb%3E", null).body().contains("&quot;&lt;b&gt;"), "query echoed escaped");
    }

    @Test
    void pagesNeedNothingFromElsewhere() {
        String html = page(SampleGraph.entity("ain-al-asad"));
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("<link[^>]*href=\"(?!data:)").matcher(html).find(), "no linked stylesheet or icon");
        assertFalse(html.contains("src=\"http"));
        HttpResponse<String> response = server.get("/tigris", null);
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }
}
