package org.w3id.tigris.extract;

/** The 16 PLOVER event types; each is a subclass of tg:Event with the same local name. */
public enum EventType {
    AGREE("Agree"), CONSULT("Consult"), SUPPORT("Support"), CONCEDE("Concede"),
    COOPERATE("Cooperate"), AID("Aid"), RETREAT("Retreat"), REQUEST("Request"),
    ACCUSE("Accuse"), REJECT("Reject"), THREATEN("Threaten"), PROTEST("Protest"),
    SANCTION("Sanction"), MOBILIZE("Mobilize"), COERCE("Coerce"), ASSAULT("Assault");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }

    public static EventType fromLocalName(String name) {
        for (EventType t : values()) {
            if (t.localName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown PLOVER event type: " + name);
    }
}
