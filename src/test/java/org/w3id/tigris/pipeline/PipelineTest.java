package org.w3id.tigris.pipeline;

import org.w3id.tigris.extract.DocumentExtraction;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.extract.Event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.resolve.ResolvedMention;

/** The stages composed: what the pipeline itself promises, over a report written for this test. */
class PipelineTest {
    private static final String REPORT = """
            Rockets hit military base near Baghdad

            BAGHDAD, Iraq - Three rockets struck a military base near Baghdad airport on Monday, \
            wounding two soldiers, Iraqi security officials said.

            "The attack will not go unanswered," the Iraqi Prime Minister said in a statement.
            """;

    /**
     * A situation report's sections (highlights, overview, response) are parts of one report, not
     * items of an index page: an attack its highlights tell with the place and its overview tells
     * again on the same day is one event, as it would be within one article.
     */
    private static final String SITREP = """
            NINEVEH PEACE NETWORK
            FLASH UPDATE No. 14 - Nineveh plains
            Date: 20 November 2026

            HIGHLIGHTS
            - At least 9 people killed and 5 injured in a raid near Mosul on Wednesday 18 November.
            - Some 2,300 people displaced.

            1. SITUATION OVERVIEW
            On the morning of 18 November, a large group of armed raiders attacked herders grazing animals at a \
            watering point in the hills. Local chiefs attribute the raid to a rival clan.

            2. HUMANITARIAN RESPONSE
            - The Red Crescent delivered food rations to 450 households on 19 November.
            """;

    private static Pipeline pipeline;
    private static ExecutorService threads;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create().build();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        pipeline = null; // the models are large: let the suite's other classes have the memory
    }

    private static Source source(String name, String text) {
        return new SourceReader().fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyStageContributes() {
        DocumentExtraction x = pipeline.extract(source("rockets.txt", REPORT));
        assertFalse(x.segmentation().articles().isEmpty());
        assertFalse(x.mentions().isEmpty());
        String text = x.source().text();
        for (ResolvedMention m : x.mentions()) {
            assertEquals(text.substring(m.mention().begin(), m.mention().end()), m.mention().text());
            assertTrue(x.entities().containsKey(m.entity().id()), m.entity().id());
        }
        assertTrue(x.mentions().stream().anyMatch(m -> m.entity().label().equals("Baghdad")));
        // the resolved mentions reach the extractors: what they find names known entities
        assertFalse(x.events().isEmpty() && x.claims().isEmpty());
        x.claims().forEach(c -> c.claimant().ifPresent(id -> assertTrue(x.entities().containsKey(id), id)));
        x.events().forEach(e -> e.agents().forEach(id -> assertTrue(x.entities().containsKey(id), id)));
        assertFalse(pipeline.modelVersions().isEmpty());
    }

    @Test
    void theContainersDateComesFirst() {
        Source plain = source("dated.txt", REPORT);
        Source dated = new Source(plain.name(), plain.text(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2023, 9, 4)), plain.contentHash());
        assertEquals(Optional.of(LocalDate.of(2023, 9, 4)), pipeline.extract(dated).published());
        DocumentExtraction fromText = pipeline.extract(source("dateline.txt",
                "Talks resume in Geneva\n\nBy Staff | March 3, 2022\n\nDelegations met in Geneva on Thursday.\n"));
        assertEquals(fromText.segmentation().published(), fromText.published());
    }

    @Test
    void oneSourceGivesTheSameExtractionOnEveryThread() throws Exception {
        Source source = source("rockets.txt", REPORT);
        DocumentExtraction here = pipeline.extract(source);
        List<Future<DocumentExtraction>> there = List.of(threads.submit(() -> pipeline.extract(source)),
                threads.submit(() -> pipeline.extract(source)));
        for (Future<DocumentExtraction> f : there) {
            assertEquals(here, f.get());
        }
    }

    @Test
    void aShipStruckIsNotWhereTheStrikeWas() {
        // the headline and the lede tell one strike: they agree on the place only if the ship is not one
        DocumentExtraction x = pipeline.extract(source("warship.txt", """
                Ukraine hits Russian warship at Novorossiysk

                KYIV, Aug 25, 2026 - Ukrainian naval drones struck the Russian Black Sea Fleet patrol ship \
                Viktor Veliky near the port of Novorossiysk early on Monday, Ukraine's navy said.
                """));
        String ship = x.mentions().stream().filter(m -> m.mention().text().equals("Viktor Veliky"))
                .map(m -> m.entity().id()).findFirst().orElseThrow();
        List<org.w3id.tigris.extract.Event> strikes = x.events().stream()
                .filter(e -> e.type() == org.w3id.tigris.extract.EventType.ASSAULT).toList();
        assertEquals(1, strikes.size(), strikes::toString);
        assertTrue(strikes.get(0).targets().contains(ship), strikes::toString);
        assertTrue(strikes.get(0).place().isPresent() && !strikes.get(0).place().get().equals(ship), strikes::toString);
    }

    @Test
    void aSectionLabelBeforeAHeadlineIsNotItsSubject() {
        DocumentExtraction x = pipeline.extract(source("digest.txt", """
                Crisis Digest

                BURKINA FASO - Dozens of soldiers killed in Djibo attack
                Jihadists attacked a military base in Djibo on Monday, killing at least 40 soldiers, security sources said.
                - Posted 24.08.2026 | 2 min read
                """));
        String country = x.mentions().stream().filter(m -> m.mention().text().equals("BURKINA FASO"))
                .map(m -> m.entity().id()).findFirst().orElseThrow();
        assertFalse(x.events().isEmpty());
        x.events().forEach(e -> assertFalse(e.agents().contains(country), e::toString));
    }

    @Test
    void anAttackToldInTheHighlightsAndAgainInTheOverviewIsOneEvent() {
        DocumentExtraction x = pipeline.extract(new SourceReader().fromBytes("sitrep.txt",
                SITREP.getBytes(StandardCharsets.UTF_8)));
        assertTrue(x.segmentation().articles().size() > 1, "the sections are read as items");
        List<Event> assaults = x.events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertEquals(1, assaults.size(), () -> assaults.toString());
        assertEquals("2026-11-18", assaults.get(0).date().orElseThrow().lexical());
    }
}
