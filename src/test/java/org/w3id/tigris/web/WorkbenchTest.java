package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench over HTTP: maps, timelines, filters in the URL, tables taken away as CSV
 * and SPARQL, documents named by headline, joint claims with every claimant.
 */
class WorkbenchTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(SampleGraph.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path(String iri) {
        return iri.substring(SampleGraph.IRIS.base().length());
    }

    private static String html(String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    /** The rows of the events-and-claims table: the item each links to, in order. */
    private static List<String> tableItems(String html) {
        int table = html.indexOf("data-table=\"events-and-claims\"");
        if (table < 0) {
            return List.of();
        }
        String body = html.substring(html.indexOf("<tbody>", table), html.indexOf("</tbody>", table));
        Matcher links = Pattern.compile("<tr><td>[^<]*</td><td>[^<]*</td><td><a href=\"([^\"]+)\"").matcher(body);
        return links.results().map(m -> m.group(1)).toList();
    }

    @Test
    void placePageDrawsItsEventsOnARegionalMapWithLinkedMarkers() {
        String html = html("/id/entity/anbar");
        assertTrue(html.contains("<svg class=\"map\""), "a map");
        assertTrue(html.contains("data-extent=\"region\""), "zoomed to the region of its events");
        assertTrue(html.contains("<a class=\"marker\" href=\"/id/entity/anbar?type=Assault#activity\">"),
                "a marker per place and type, linking to the place's events of that type");
        assertTrue(html.contains("<a class=\"marker\" href=\"/id/entity/anbar?type=Protest#activity\">"));
        assertTrue(html.contains("fill=\"" + Palette.colour("Assault") + "\""), "coloured by PLOVER type");
        assertTrue(html.contains("<i style=\"background:" + Palette.colour("Protest") + "\"></i>Protest"), "a legend");
        assertTrue(html.contains("<path class=\"land\" d=\"M"), "country outlines drawn");
    }

    @Test
    void homeEventAndSearchPagesHaveMapsToo() {
        assertTrue(html("/tigris").contains("<a class=\"marker\" href=\"/id/entity/anbar?type=Assault#activity\">"));
        String event = html(path(SampleGraph.alphaEvent()));
        assertTrue(event.contains("<svg class=\"map\"") && event.contains("Anbar: 1 Assault event"));
        String search = html("/search?q=anbar");
        assertTrue(search.contains("<svg class=\"map\""));
        assertTrue(search.contains("<a class=\"marker\" href=\"/id/entity/anbar\">"), "the place found, itself");
    }

    @Test
    void timelineDrawsEachDateAtItsPrecision() {
        String anbar = html("/id/entity/anbar");
        assertTrue(anbar.contains("<svg class=\"timeline\""));
        assertTrue(anbar.contains("<a class=\"tl-item tl-day\" href=\"" + path(SampleGraph.alphaEvent()) + "\"><circle"),
                "a day is a point");
        assertTrue(anbar.contains("<a class=\"tl-item tl-year\" href=\"" + path(SampleGraph.protestEvent()) + "\"><rect"),
                "a year is a bar");
        String iran = html("/id/entity/iran");
        assertTrue(iran.contains("<a class=\"tl-item tl-month\" href=\"" + path(SampleGraph.jointClaim()) + "\"><rect"),
                "a month is a bar");
    }

    @Test
    void filtersNarrowTheTableMapAndTimeline() {
        assertEquals(List.of(path(SampleGraph.alphaEvent()), path(SampleGraph.protestEvent())),
                tableItems(html("/id/entity/anbar")), "newest first");
        String protests = html("/id/entity/anbar?type=Protest");
        assertEquals(List.of(path(SampleGraph.protestEvent())), tableItems(protests));
        assertFalse(protests.contains("?type=Assault#activity\"><circle"), "the map is filtered too");
        assertTrue(protests.contains("name=\"type\" value=\"Assault\">"), "other types stay offered");
        assertEquals(List.of(path(SampleGraph.alphaEvent())), tableItems(html("/id/entity/anbar?from=2020-03&to=2020")));
        assertEquals(List.of(path(SampleGraph.protestEvent())), tableItems(html("/id/entity/anbar?to=2019-12-31")));
        assertEquals(List.of(path(SampleGraph.protestEvent())),
                tableItems(html("/id/entity/anbar?source=" + SampleGraph.DELTA)));
        assertEquals(List.of(path(SampleGraph.jointClaim())), tableItems(html("/id/entity/iran?claimant=iraq")),
                "a claimant keeps only claims");
        assertEquals(List.of(), tableItems(html("/id/entity/iran?claimant=anbar")));
        assertEquals(List.of(path(SampleGraph.alphaEvent())),
                tableItems(html("/id/entity/ain-al-asad?place=anbar")), "events in the place");
        String search = html("/search?q=anbar&type=Assault");
        assertEquals(List.of(path(SampleGraph.alphaEvent())), tableItems(search), "a search is filtered the same way");
        assertTrue(search.contains("<input type=\"hidden\" name=\"q\" value=\"anbar\">"), "the form keeps the search");
    }

    @Test
    void hostileFilterValuesAreRefusedNeverRun() {
        for (String hostile : List.of("type=Assault%3E%20%7D%20UNION%20%7B", "place=x%3E%20%7D%20%23",
                "source=a%22%20.%20%7D", "claimant=%3Cscript%3E", "from=2020%22)%20%7D", "to=1%20OR%201")) {
            HttpResponse<String> response = server.get("/id/entity/anbar?" + hostile, "text/html");
            assertEquals(400, response.statusCode(), hostile);
            assertFalse(response.body().contains("<script>"), "the refusal is escaped");
        }
        assertEquals(400, server.get("/tigris/table.csv?table=activity&entity=..%2F%3E", null).statusCode());
        assertEquals(400, server.get("/tigris/table.rq?table=activity&entity=anbar&place=%3E", null).statusCode());
        assertEquals(404, server.get("/tigris/table.csv?table=nothing", null).statusCode());
        // Words of a search are never query text: a search for SPARQL syntax finds nothing and breaks nothing.
        HttpResponse<String> search = server.get("/search?q=" + URLEncoder.encode("\"} UNION { ?s ?p ?o", StandardCharsets.UTF_8)
                + "&type=Assault", "text/html");
        assertEquals(200, search.statusCode());
    }

    @Test
    void everyTableDownloadsAsCsvEqualToTheSparqlAnswer() {
        String entity = html("/id/entity/anbar");
        assertTrue(entity.contains("href=\"/tigris/table.csv?table=activity&amp;entity=anbar\""));
        assertTrue(entity.contains("href=\"/#/dataset/kg/query?query=PREFIX"), "opens in the query editor");
        for (String params : List.of("table=activity&entity=anbar", "table=activity&entity=anbar&type=Protest",
                "table=activity&q=anbar", "table=documents", "table=document-claims&document=" + SampleGraph.DELTA,
                "table=document-events&document=" + SampleGraph.ALPHA)) {
            HttpResponse<String> csv = server.get("/tigris/table.csv?" + params, null);
            assertEquals(200, csv.statusCode(), params);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String query = server.get("/tigris/table.rq?" + params, null).body();
            HttpResponse<String> answer = server.send(HttpRequest.newBuilder(URI.create(server.url("/kg/sparql")))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), query);
            assertEquals(answer.body(), csv.body(), params);
            assertTrue(csv.body().lines().count() > 1, "rows, not only a header: " + params);
        }
        assertEquals(3, server.get("/tigris/table.csv?table=activity&entity=anbar", null).body().lines().count(),
                "a header and the two rows the page shows");
    }

    @Test
    void jointClaimsShowEveryClaimant() {
        String claim = html(path(SampleGraph.jointClaim()));
        assertTrue(claim.contains("<h1>Claim by Iran and Iraq</h1>"), claim);
        String document = html(path(SampleGraph.IRIS.document(SampleGraph.DELTA)));
        int claims = document.indexOf("data-table=\"document-claims\"");
        assertTrue(claims > 0);
        String firstCell = document.substring(document.indexOf("<tbody><tr><td>", claims), document.indexOf("</td>", claims));
        assertTrue(firstCell.contains("<a href=\"/id/entity/iran\">Iran</a>")
                && firstCell.contains("<a href=\"/id/entity/iraq\">Iraq</a>"), firstCell);
        String csv = server.get("/tigris/table.csv?table=activity&entity=iraq&type=Claim", null).body();
        assertTrue(csv.contains(",Iran; Iraq,") || csv.contains(",Iraq; Iran,"), csv);
    }

    @Test
    void documentsAreNamedByHeadlineOutletAndDate() {
        String list = html("/tigris/documents");
        assertTrue(list.contains("title=\"" + SampleGraph.DELTA + "\">" + SampleGraph.DELTA_HEADLINE + "</a>"
                + " <span class=\"muted\">example-news.org · 2020-02-20</span>"), list);
        String claim = html(path(SampleGraph.jointClaim()));
        assertTrue(claim.contains(">" + SampleGraph.DELTA_HEADLINE + "</a>"), "the source by its headline");
        assertFalse(claim.contains(">" + SampleGraph.DELTA + "</a>"), "not by its file name");
    }
}
