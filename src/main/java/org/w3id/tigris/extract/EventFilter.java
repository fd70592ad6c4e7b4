package org.w3id.tigris.extract;

import java.util.Set;

/**
 * Decides which drafts are events worth stating: a weak word needs a participant, a retreat
 * word must stop hostilities, an event with no named participant must at least be placed,
 * counted, said to take effect or told by a subject of its own ({@link UnnamedActors}), and how a source is quoted ("asked not to be named") is no event.
 */
final class EventFilter {
    private final boolean requireArguments;
    private final double minConfidence;

    EventFilter(boolean requireArguments, double minConfidence) {
        this.requireArguments = requireArguments;
        this.minConfidence = minConfidence;
    }

    boolean keep(EventDraft d) {
        if (anonymityFormula(d))
            return false;
        boolean counted = d.killed != null || d.injured != null;
        // "a mortar round hit a house in al-Shuhayl": a weapon doing the deed states an attack
        boolean armed = d.type == EventType.ASSAULT && d.verbal && d.modeStated && (counted || d.place != null);
        // a weak word ("death", "operations") needs a participant, or a toll and a place
        if (d.trigger.needsParticipant() && !d.hasParticipant() && !(counted && d.place != null) && !armed)
            return false;
        // "halted all foreign transactions" is no retreat: a weak retreat word must stop hostilities or aid
        if (d.type == EventType.RETREAT && d.verbal && d.trigger.reliability() < 0.7 && d.complementEvents == 0
                && !militaryObject(d))
            return false;
        // "closed the border crossing", "the closure of the market", not "closed the meeting"
        if (CLOSING.contains(d.trigger.phrase()) && !passageNear(d))
            return false;
        boolean located = d.place != null || counted;
        if (requireArguments && !d.hasParticipant() && !takesEffect(d) && !armed
                && !(located && (d.trigger.reliability() >= 0.8 || counted)) && !UnnamedActors.actedBy(d))
            return false;
        return d.confidence() >= minConfidence;
    }

    private static final Set<String> CLOSING = Set.of("close", "closure");

    /** A way people or goods pass, near a closing word: a crossing, a border, a road, a market. */
    private static boolean passageNear(EventDraft d) {
        SentenceView s = d.sentence;
        for (int k = Math.max(0, d.triggerFrom - 6); k < Math.min(s.size(), d.triggerTo + 6); k++)
            if (s.is(k, "crossing", "crossings", "border", "borders", "checkpoint", "road", "roads", "highway",
                    "route", "routes", "airport", "airspace", "port", "market", "markets", "bridge", "pass", "corridor"))
                return true;
        return false;
    }

    /** "an official, who asked not to be named": how a source is quoted, not a request. */
    private static boolean anonymityFormula(EventDraft d) {
        SentenceView s = d.sentence;
        int k = d.triggerTo;
        return s.is(k, "not") && s.is(k + 1, "to") && s.is(k + 2, "be")
                && s.is(k + 3, "named", "identified", "quoted");
    }

    private static boolean militaryObject(EventDraft d) {
        SentenceView s = d.sentence;
        for (int k = d.triggerTo; k < Math.min(s.size(), d.triggerTo + 6); k++)
            if (s.is(k, "troops", "forces", "soldiers", "operations", "activities", "fighting", "hostilities",
                    "offensive", "campaign", "attacks", "strikes", "forces", "personnel", "units")
                    // an aid operation halted is a retreat too: "suspended its convoys", "mobile clinics"
                    || s.is(k, "convoy", "convoys", "distribution", "distributions", "clinic", "clinics", "deliveries",
                    "aid", "patrols", "missions", "talks"))
                return true;
        return false;
    }

    /**
     * "The truce took effect on November 27", "a ceasefire … took hold", "sanctions came into
     * force": the sentence states that the event happened though it names no party.
     */
    private static boolean takesEffect(EventDraft d) {
        SentenceView s = d.sentence;
        if (d.verbal)
            return false;
        for (int k = d.triggerTo; k < Math.min(s.size() - 1, d.triggerTo + 10); k++) {
            if (s.isClauseBreak(k) && !s.isQuoteMark(k))
                return false;
            if (s.lemma(k).equals("take") && s.is(k + 1, "effect", "hold")
                    || s.lemma(k).matches("come|go|enter") && s.is(k + 1, "into") && s.is(k + 2, "force", "effect"))
                return true;
        }
        return false;
    }
}
