package org.w3id.tigris.recognize;

/** The entity classes of the ontology (tg:Person … tg:Facility), by their local names. */
public enum EntityType {
    PERSON("Person"),
    ARMED_GROUP("ArmedGroup"),
    GOVERNMENT_BODY("GovernmentBody"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    REGION("Region"),
    CITY("City"),
    FACILITY("Facility");

    private final String localName;

    EntityType(String localName) {
        this.localName = localName;
    }

    /** The class's local name in the tg: namespace. */
    public String localName() {
        return localName;
    }

    public boolean isLocation() {
        return this == COUNTRY || this == REGION || this == CITY || this == FACILITY;
    }

    public boolean isActor() {
        return this != REGION && this != CITY && this != FACILITY;
    }

    public static EntityType fromLocalName(String name) {
        for (EntityType t : values()) {
            if (t.localName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type: " + name);
    }
}
