package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** The events of one type among those extracted, for the event tests' assertions. */
final class EventsOfType {
    private EventsOfType() {
    }

    static List<Event> of(EventType type, List<Event> events) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** The one event of this type; fails when there is none or more than one. */
    static Event only(EventType type, List<Event> events) {
        List<Event> found = of(type, events);
        assertEquals(1, found.size(), () -> "one " + type + " expected in " + events);
        return found.get(0);
    }
}
