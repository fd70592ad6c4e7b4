package org.w3id.tigris.store;

/**
 * Whether the entity catalogue ({@link EntityCatalogue}) holds exactly the entity triples of the
 * document graphs.
 *
 * @param size    triples in the catalogue
 * @param missing entity triples of document graphs the catalogue lacks (once per graph stating one)
 * @param extra   catalogue triples no document graph states
 */
public record CatalogueAgreement(long size, long missing, long extra) {
    public boolean agrees() {
        return missing == 0 && extra == 0;
    }

    public String describe() {
        return agrees() ? "entity catalogue agrees with the document graphs: " + size + " triples"
                : "entity catalogue DISAGREES with the document graphs: " + size + " triples, " + missing
                + " missing, " + extra + " no document states (run tigris reindex)";
    }
}
