package org.w3id.tigris.extract;

import java.util.Set;

/**
 * One row of the reporting-cue table.
 *
 * @param phrase      the lemma or lemma phrase ("say", "call for", "according to")
 * @param frames      how its content is attached
 * @param reliability how often it really attributes a claim, 0..1
 */
record Cue(String phrase, Set<Frame> frames, double reliability) {
    enum Frame {
        /** a that-clause, bare clause or quotation after the cue, or content before it */
        CLAUSE,
        /** the object after the cue is the content */
        OBJECT,
        /** a to-infinitive is the content */
        INF,
        /** the content follows "of" */
        OF,
        /** a hearer may stand between the cue and its content ("told Al-Akhbar that") */
        ADDRESSEE,
        /** a noun whose that-clause is the content, its possessor speaking ("the government's claims that") */
        NOUN,
        /** the speaker follows the cue ("according to X") */
        SOURCE,
        /** a count set at a number is the content, the cue with it ("put the death toll at nine") */
        ESTIMATE
    }

    boolean has(Frame frame) {
        return frames.contains(frame);
    }
}
