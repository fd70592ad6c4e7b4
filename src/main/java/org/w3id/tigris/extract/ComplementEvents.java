package org.w3id.tigris.extract;

import java.util.List;
import java.util.Set;
import org.w3id.tigris.time.DateMention;

/**
 * Events named in the object of what an actor says: "condemned the attacks" tells a
 * condemnation, not the attacks again; the attacks' actors become what is condemned.
 */
final class ComplementEvents {
    private static final Set<EventType> ABSORBERS = Set.of(EventType.REJECT, EventType.ACCUSE, EventType.REQUEST,
            EventType.THREATEN, EventType.PROTEST, EventType.RETREAT);

    private ComplementEvents() {}

    /**
     * A condemnation, accusation, demand, warning or protest states its object; events named
     * in that object ("condemned the attacks", "warning of more attacks") are not told here.
     */
    static void absorb(List<EventDraft> drafts, List<DateMention> dates) {
        for (EventDraft a : drafts) {
            if (a.dropped || !ABSORBERS.contains(a.type))
                continue;
            // a noun governs only its own phrase: "demands of withdrawal", not "Protests followed the death …"
            if (!a.verbal && !a.sentence.is(a.triggerTo, "of", "for", "against", "over", "about", "on"))
                continue;
            int end = complementEnd(a.sentence, a.triggerTo);
            for (EventDraft b : drafts)
                if (b != a && !b.dropped && b.triggerFrom >= a.triggerTo && b.triggerFrom < end) {
                    if (a.targets.isEmpty()) {
                        // "threatened to strike X": X is threatened; "condemned the US attack": the US is condemned
                        boolean intent = a.type == EventType.THREATEN || a.type == EventType.REQUEST;
                        a.targets.addAll(intent && b.verbal && !b.targets.isEmpty() ? b.targets : b.agents);
                        a.targets.removeAll(a.agents);
                    }
                    // "condemns the attack carried out on Sunday 1 November against the town of X":
                    // told with its own day and place, the attack is reported here too
                    b.dropped = !toldInFull(b, end, dates);
                    a.complementEvents++;
                }
        }
    }

    /** An event in a complement with its place and a date of its own after its word, within the complement. */
    private static boolean toldInFull(EventDraft b, int end, List<DateMention> dates) {
        SentenceView s = b.sentence;
        return b.place != null && dates.stream().anyMatch(m -> {
            int at = s.indexAt(m.begin());
            return at >= b.triggerTo && at < end && s.mention(at) == null;
        });
    }

    private static int complementEnd(SentenceView s, int from) {
        int limit = Math.min(s.size(), from + 14);
        for (int k = from; k < limit; k++)
            if (s.isComma(k) || s.isClauseBreak(k) && !s.isQuoteMark(k)
                    || s.is(k, "because", "while", "after", "when", "which", "who")
                    || s.is(k, "and", "but") && s.valid(k + 1) && s.verbal(k + 1) && s.posIs(k + 1, "VERB"))
                return k;
        return limit;
    }
}
