package org.w3id.tigris.extract;

import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.ResolvedMention;

/**
 * Sending forces somewhere is a deployment though no deployment word is written: "sent 600
 * soldiers to the Sierra", "an additional battalion would be sent to Intan Jaya", "companies of
 * the CRPF are being flown into Jiribam", "sent in the Kenya Defence Forces". Only when what is
 * sent is a force: "sent a letter", "sent food" state no mobilization. Stateless.
 */
final class Dispatches {
    /** A force sent is a deployment nearly always. */
    private static final double RELIABILITY = 0.8;
    private static final Set<String> VERBS = Set.of("send", "dispatch", "fly", "rush", "airlift");
    /** head words of a force: troops and police, units and the words that count them */
    private static final Set<String> FORCES = Set.of("troops", "soldiers", "forces", "force", "army", "armies",
            "battalion", "battalions", "brigade", "brigades", "unit", "units", "companies", "reinforcements",
            "police", "policemen", "officers", "gendarmes", "guards", "guard", "peacekeepers", "commandos",
            "paratroopers", "marines", "personnel", "members", "contingent", "contingents", "squadron", "navy",
            "military", "gendarmerie");

    private Dispatches() {
    }

    static Optional<EventDraft> at(SentenceView s, int i) {
        if (!VERBS.contains(s.lemma(i)) || !s.posIs(i, "VERB") || s.negated(i))
            return Optional.empty();
        Phrases.Span sent;
        if (s.passive(i)) {
            sent = Phrases.firstNounPhrase(s, Phrases.subjectRegion(s, i)).span();
        } else {
            int from = i + 1;
            if (s.is(from, "in", "out"))
                from++; // "sent in the army"
            int to = from;
            // "600 more soldiers", "at least two battalions": counting words the tagger calls adverbs
            while (to < from + 8 && (s.nominal(to) || s.is(to, "more", "additional", "about", "around", "some",
                    "at", "least", "up", "to", "another", "than")))
                to++;
            sent = new Phrases.Span(from, to);
        }
        if (sent.isEmpty() || !force(s, sent))
            return Optional.empty();
        Trigger t = new Trigger(s.lemma(i), Trigger.Use.VERB, EventType.MOBILIZE, Optional.empty(), RELIABILITY);
        EventDraft d = new EventDraft(t, s, i, i + 1, true);
        d.cover(sent);
        return Optional.of(d);
    }

    /** "Reinforcements were flown in": the force noun is the dispatch's, not a second deployment. */
    static boolean sentIn(EventDraft dispatch, EventDraft other) {
        return dispatch != other && VERBS.contains(dispatch.trigger.phrase()) && dispatch.type == EventType.MOBILIZE
                && !other.verbal && other.type == EventType.MOBILIZE
                && other.triggerFrom >= dispatch.spanFrom && other.triggerFrom < dispatch.spanTo;
    }

    /** A force noun heads the phrase, or it names an armed body ("the Kenya Defence Forces"). */
    private static boolean force(SentenceView s, Phrases.Span span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (s.is(k, "of"))
                break; // "a letter of protest"
            ResolvedMention m = s.mention(k);
            boolean armedName = m != null && (m.entity().type() == EntityType.GOVERNMENT_BODY
                    || m.entity().type() == EntityType.ARMED_GROUP) && FORCES.stream().anyMatch(
                    f -> m.mention().text().toLowerCase(java.util.Locale.ROOT).endsWith(f));
            if (armedName || m == null && FORCES.contains(s.lower(k)) && (k == span.to() - 1 || s.is(k + 1, "of") || !s.nominal(k + 1)))
                return true;
        }
        return false;
    }
}
