package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.time.DateMention;
import org.w3id.tigris.time.DateValue;

/**
 * A finished draft made a {@link Claim}: the entities and events its content is about, and the
 * date the sentence gives outside the content (when it was said, not what it tells of).
 */
final class FrozenClaims {
    private FrozenClaims() {
    }

    static Claim freeze(DocumentView doc, ClaimDraft c, List<Event> events) {
        Set<String> about = new LinkedHashSet<>();
        for (ResolvedMention m : doc.mentionsIn(c.textBegin, c.textEnd))
            about.add(m.entity().id());
        List<Integer> aboutEvents = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.evidenceBegin() >= c.textBegin && e.evidenceBegin() < c.textEnd)
                aboutEvents.add(i);
        }
        Optional<DateValue> date = Optional.empty();
        int from = Math.min(c.evidenceBegin, c.sentence.sentence.begin());
        for (DateMention d : doc.dates(Math.max(from, c.sentence.sentence.begin()),
                c.sentence.sentence.end(), c.sentence.article.reference)) {
            if (d.begin() >= c.textBegin && d.begin() < c.textEnd)
                continue;
            date = Optional.of(d.value());
            break;
        }
        int evidenceBegin = Math.min(c.evidenceBegin, c.textBegin);
        int evidenceEnd = Math.max(c.evidenceEnd, c.textEnd);
        return new Claim(c.claimant.map(Entity::id), c.textBegin, c.textEnd, c.direct, c.cueText, evidenceBegin,
                evidenceEnd, List.copyOf(about), List.copyOf(aboutEvents), date, c.confidence());
    }
}
