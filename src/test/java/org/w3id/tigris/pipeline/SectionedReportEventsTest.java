package org.w3id.tigris.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.extract.DocumentExtraction;
import org.w3id.tigris.extract.Event;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.read.SourceReader;

/**
 * A situation report's sections (highlights, overview, response) are parts of one report, not
 * items of an index page: an attack its highlights tell with the place and its overview tells
 * again on the same day is one event, as it would be within one article.
 */
class SectionedReportEventsTest {
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

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create().build();
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
