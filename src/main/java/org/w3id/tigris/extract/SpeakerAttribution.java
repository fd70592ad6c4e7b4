package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;

/**
 * Who speaks through a reporting verb: its subject; for a participle (", adding that …") or a
 * verb coordinated with an earlier cue ("said … and accused …") the speaker of the clause it
 * continues; for a subject followed by a long apposition, the name that opens the sentence.
 */
final class SpeakerAttribution {
    private final SpeakerResolver speakers;

    SpeakerAttribution(SpeakerResolver speakers) {
        this.speakers = speakers;
    }

    /** Who speaks: the subject, or for ", adding that …" the speaker of the clause it continues. */
    void attribute(SentenceView s, ClaimDraft c, Phrases.Span region, PhraseTable.Match<Cue> m,
                           List<ClaimDraft> earlier, List<ClaimDraft> inSentence) {
        boolean continuation = s.lower(m.start()).endsWith("ing")
                && (s.isComma(m.start() - 1) || s.is(m.start() - 1, "also", "while", "and") || region.isEmpty());
        Optional<ClaimDraft> previous = inSentence.isEmpty() ? Optional.empty()
                : Optional.of(inSentence.get(inSentence.size() - 1));
        if (previous.isPresent() && previous.get().claimant.isPresent() && coordinated(s, m.start())
                && previous.get().textEnd <= s.begin(m.start())) {
            c.claimant = previous.get().claimant;
            c.named = previous.get().named;
            return;
        }
        if (continuation) {
            if (previous.isPresent()) {
                c.claimant = previous.get().claimant;
                c.named = previous.get().named;
                return;
            }
            for (int v = 0; v < m.start(); v++) {
                if (s.verbal(v) && !s.lower(v).endsWith("ing")) {
                    SpeakerResolver.Speaker sp = speakers.resolve(s, Phrases.subjectRegion(s, v), earlier);
                    c.claimant = sp.entity();
                    c.named = sp.named();
                    return;
                }
            }
        }
        SpeakerResolver.Speaker sp = speakers.resolve(s, region, earlier);
        if (sp.entity().isEmpty() && !sp.firstPerson() && s.isComma(m.start() - 1))
            sp = leadingSubject(s, m.start(), earlier).orElse(sp);
        if (sp.firstPerson())
            c.dropped = true;
        c.claimant = sp.entity();
        c.named = sp.named();
    }

    /**
     * "said the air force had struck a depot and accused the group of …", "condemned the strike and
     * called on ASEAN to …", "said … but denied …": a reporting verb coordinated after the content of the claim just found
     * in its sentence has that claim's speaker, not the subject of the reported clause.
     */
    private static boolean coordinated(SentenceView s, int cue) {
        int k = cue - 1;
        while (k > 0 && s.posIs(k, "ADV"))
            k--; // "and also urged", "and later said"
        return s.is(k, "and", "but");
    }

    /**
     * "Kataib Hezbollah, the most powerful of the groups and designated …, said": the name that
     * opens the sentence, before the comma that starts a long apposition.
     */
    private Optional<SpeakerResolver.Speaker> leadingSubject(SentenceView s, int cue, List<ClaimDraft> earlier) {
        int from = Math.min(s.datelineEnd, cue);
        int comma = from;
        while (comma < cue && !s.isComma(comma))
            comma++;
        if (comma >= cue - 1 || comma == from)
            return Optional.empty();
        SpeakerResolver.Speaker sp = speakers.resolve(s, new Phrases.Span(from, comma), earlier);
        return sp.entity().isPresent() ? Optional.of(sp) : Optional.empty();
    }
}
