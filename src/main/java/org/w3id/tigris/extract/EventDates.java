package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.tigris.time.DateMention;

/** Gives the events of one sentence the dates that sentence states. Stateless. */
final class EventDates {
    private EventDates() {
    }

    /**
     * A date goes to the event told just before it in the clause ("strikes … on Friday"), else
     * the next one; nearest pairs first. Events its sentence leaves undated take the sentence's
     * nearest date as a default, not as stated.
     */
    static void attach(SentenceView s, List<EventDraft> drafts, List<DateMention> dates) {
        record Pair(DateMention date, EventDraft draft, int cost) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (DateMention date : dates) {
            int at = s.indexAt(date.begin());
            if (s.mention(at) != null || at < s.datelineEnd)
                continue;
            int last = s.indexAt(date.end() - 1);
            for (EventDraft d : drafts) {
                if (d.dropped || d.date != null)
                    continue;
                int cost = d.triggerFrom < at ? at - d.triggerTo : (d.triggerFrom - at) + 4;
                // "October 7 bloody invasion": a date in front of an event noun is its own
                if (!d.verbal && d.triggerFrom > last && d.triggerFrom - last <= 3 && onlyAdjectives(s, last + 1, d.triggerFrom))
                    cost = 0;
                pairs.add(new Pair(date, d, cost));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::cost));
        Set<DateMention> usedDates = new HashSet<>();
        for (Pair p : pairs) {
            if (p.draft().date != null || usedDates.contains(p.date()))
                continue;
            p.draft().date = p.date().value();
            p.draft().dateStated = true;
            usedDates.add(p.date());
        }
        for (Pair p : pairs) {
            if (p.draft().date == null) {
                p.draft().date = p.date().value();
                p.draft().dateStated = false;
            }
        }
    }

    private static boolean onlyAdjectives(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++)
            if (!s.posIs(k, "ADJ"))
                return false;
        return true;
    }
}
