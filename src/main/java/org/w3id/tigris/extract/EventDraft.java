package org.w3id.tigris.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.time.DateValue;

/** An event while it is being built: found, argued, merged, then frozen into an {@link Event}. */
final class EventDraft {
    EventType type;
    final Trigger trigger;
    final SentenceView sentence;
    final int triggerFrom;
    final int triggerTo;
    final boolean verbal;
    final Set<String> agents = new LinkedHashSet<>();
    final Set<String> targets = new LinkedHashSet<>();
    Entity place;
    DateValue date;
    boolean dateStated;
    Integer killed;
    Integer injured;
    String mode;
    /** the mode was read from the words around the trigger, not implied by the trigger */
    boolean modeStated;
    /** token span of the words that state it, within {@link #sentence} */
    int spanFrom;
    int spanTo;
    /** "the strike", "these attacks": refers back to an event told before */
    boolean anaphoric;
    /** "dozens of strikes", "more than 60 attacks": a count of events, never one of them */
    boolean aggregate;
    boolean dropped;
    /** events named in its complement ("suspend all attacks"), which it took in */
    int complementEvents;
    /** the light verb that governs a noun trigger ("imposed a curfew", "ordered reinforcements"), or -1 */
    int governor = -1;
    final List<EventDraft> mergedFrom = new ArrayList<>();

    EventDraft(Trigger trigger, SentenceView sentence, int triggerFrom, int triggerTo, boolean verbal) {
        this.type = trigger.type();
        this.trigger = trigger;
        this.sentence = sentence;
        this.triggerFrom = triggerFrom;
        this.triggerTo = triggerTo;
        this.verbal = verbal;
        this.spanFrom = triggerFrom;
        this.spanTo = triggerTo;
        this.mode = trigger.mode().orElse(null);
    }

    void cover(Phrases.Span span) {
        if (span.isEmpty())
            return;
        spanFrom = Math.min(spanFrom, span.from());
        spanTo = Math.max(spanTo, span.to());
    }

    void offerPlace(Entity candidate) {
        if (place == null || specificity(candidate.type()) > specificity(place.type()))
            place = candidate;
    }

    static int specificity(EntityType type) {
        return switch (type) {
            case FACILITY -> 4;
            case CITY -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
            default -> 0;
        };
    }

    boolean hasParticipant() {
        return !agents.isEmpty() || !targets.isEmpty();
    }

    /** Arguments the text states for it (a date inherited from the article does not count). */
    int statedArguments() {
        int n = 0;
        if (!agents.isEmpty())
            n++;
        if (!targets.isEmpty())
            n++;
        if (place != null)
            n++;
        if (date != null && dateStated)
            n++;
        if (killed != null || injured != null)
            n++;
        return n;
    }

    double confidence() {
        double c = trigger.reliability() * (0.6 + 0.1 * statedArguments());
        return Math.round(Math.min(1.0, Math.max(0.05, c)) * 100) / 100.0;
    }

    int evidenceBegin() {
        return sentence.begin(spanFrom);
    }

    int evidenceEnd() {
        return sentence.end(spanTo - 1);
    }

    String triggerText() {
        return sentence.text(triggerFrom, triggerTo);
    }

    /** Takes over what {@code other} knows and this one does not. */
    void absorb(EventDraft other) {
        agents.addAll(other.agents);
        targets.addAll(other.targets);
        targets.removeAll(agents);
        if (other.place != null)
            offerPlace(other.place);
        if (date == null || !dateStated && other.dateStated) {
            date = other.date;
            dateStated = other.dateStated;
        }
        killed = max(killed, other.killed);
        injured = max(injured, other.injured);
        if (mode == null || !modeStated && other.modeStated) {
            mode = other.mode;
            modeStated = other.modeStated;
        }
        mergedFrom.add(other);
        other.dropped = true;
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null)
            return b;
        if (b == null)
            return a;
        return Math.max(a, b);
    }

    Event toEvent() {
        return new Event(type, evidenceBegin(), evidenceEnd(), triggerText(), List.copyOf(agents),
                List.copyOf(targets), Optional.ofNullable(place).map(Entity::id), Optional.ofNullable(date),
                Optional.ofNullable(killed), Optional.ofNullable(injured), Optional.ofNullable(mode), confidence());
    }

    @Override
    public String toString() {
        return type.localName() + "[" + triggerText() + "] agents=" + agents + " targets=" + targets
                + " place=" + (place == null ? null : place.id()) + " date=" + (date == null ? null : date.lexical())
                + " killed=" + killed + " injured=" + injured + " mode=" + mode;
    }
}
