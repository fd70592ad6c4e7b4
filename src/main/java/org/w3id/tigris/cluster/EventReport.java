package org.w3id.tigris.cluster;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One document's event as the clustering sees it: its PLOVER type (a class IRI), the
 * document it was derived from, its date as the text gives it (xsd:date, gYearMonth or gYear
 * lexical form, or null), its places and participants (entity IRIs) and its casualty counts.
 */
public record EventReport(String iri, String type, String document, String date,
                          Set<String> places, Set<String> agents, Set<String> targets,
                          OptionalInt killed, OptionalInt injured) {
    public EventReport {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
        places = Set.copyOf(places);
        agents = Set.copyOf(agents);
        targets = Set.copyOf(targets);
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
    }
}
