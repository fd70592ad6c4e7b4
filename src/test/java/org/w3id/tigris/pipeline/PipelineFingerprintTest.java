package org.w3id.tigris.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PipelineFingerprintTest {
    @Test
    void theFingerprintIsStableAndShort() {
        String first = PipelineFingerprint.current();
        assertTrue(first.matches("sha256:[0-9a-f]{16}"), first);
        assertEquals(first, PipelineFingerprint.current());
    }

    @Test
    void extractionCodeAndTablesCount() {
        assertTrue(PipelineFingerprint.counts("org/w3id/tigris/recognize/Recognizer.class"));
        assertTrue(PipelineFingerprint.counts("org/w3id/tigris/rdf/DocumentGraphBuilder.class"));
        assertTrue(PipelineFingerprint.counts("gazetteer/cities.tsv"));
        assertTrue(PipelineFingerprint.counts("extract/triggers.tsv"));
    }

    @Test
    void servingCodeDoesNotMakeStoredGraphsStale() {
        assertFalse(PipelineFingerprint.counts("org/w3id/tigris/web/EntityPage.class"));
        assertFalse(PipelineFingerprint.counts("org/w3id/tigris/cli/Main.class"));
        assertFalse(PipelineFingerprint.counts("org/w3id/tigris/store/KnowledgeStore.class"));
        assertFalse(PipelineFingerprint.counts("org/w3id/tigris/recognize/"));
        assertFalse(PipelineFingerprint.counts("log4j2.xml"));
        assertFalse(PipelineFingerprint.counts("org/w3id/tigris/recognizer/Other.class"));
    }
}
