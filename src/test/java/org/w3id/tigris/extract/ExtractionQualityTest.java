package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.annotate.AnnotationModels;
import org.w3id.tigris.annotate.Annotator;

/**
 * Guards the dev-set quality of event and claim extraction, scored offline the way
 * {@code score.py} matches events (same PLOVER type and one shared argument) and claims
 * (60% of the gold cue's words in the claim text, same claimant). Floors sit a margin below
 * the figures measured when they were set, so quality cannot silently regress; the held-out
 * set, not these seeds, is what the rules are written for.
 */
class ExtractionQualityTest {
    // measured with the real recognizer and resolver: events 0.72, claims 0.90
    private static final double EVENT_FLOOR = 0.62;
    private static final double CLAIM_FLOOR = 0.80;
    // measured with mentions of the gold names (isolating extraction from recognition): 0.71, 0.86
    private static final double GOLD_MENTION_EVENT_FLOOR = 0.64;
    private static final double GOLD_MENTION_CLAIM_FLOOR = 0.78;

    private static Annotator annotator;
    private static Lexicon lexicon;

    @BeforeAll
    static void load() {
        annotator = new Annotator(AnnotationModels.load());
        lexicon = Lexicon.load();
    }

    private static DevSet.Tally score(DevSet.MentionSource mentions) {
        EventExtractor events = new EventExtractor(lexicon);
        ClaimExtractor claims = new ClaimExtractor(lexicon);
        DevSet.Tally tally = new DevSet.Tally();
        for (DevSet.Doc doc : DevSet.load(annotator, mentions)) {
            List<Event> ev = events.extract(doc.input());
            DevSet.score(doc, ev, claims.extract(doc.input(), ev), tally, false, new StringBuilder());
        }
        return tally;
    }

    @Test
    void devSetWithTheWholeChain() {
        DevSet.Tally t = score(DevSetChain.mentions());
        assertTrue(t.eventF1() >= EVENT_FLOOR, t::summary);
        assertTrue(t.claimF1() >= CLAIM_FLOOR, t::summary);
    }

    @Test
    void devSetWithGoldMentions() {
        DevSet.Tally t = score(DevSet::goldMentions);
        assertTrue(t.eventF1() >= GOLD_MENTION_EVENT_FLOOR, t::summary);
        assertTrue(t.claimF1() >= GOLD_MENTION_CLAIM_FLOOR, t::summary);
    }
}
