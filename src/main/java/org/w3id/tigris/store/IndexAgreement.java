package org.w3id.tigris.store;

/**
 * Whether a store's indexes agree with its graphs.
 *
 * @param pending          the store notes a write or rebuild whose index work was cut short
 * @param indexedTriples   distinct (subject, indexed property, literal) triples in the union of graphs
 * @param textEntries      entries in the text index
 * @param geometries       distinct WKT geometry triples in the union of graphs
 * @param spatialIndexFile true when the spatial index file is there
 */
public record IndexAgreement(boolean pending, long indexedTriples, long textEntries, long geometries,
                             boolean spatialIndexFile) {
    public boolean agrees() {
        return !pending && indexedTriples == textEntries && (geometries == 0) == !spatialIndexFile;
    }

    public String describe() {
        String text = textEntries + " text index entries for " + indexedTriples + " indexed triples";
        String spatial = geometries + " geometries, spatial index " + (spatialIndexFile ? "present" : "absent");
        return (agrees() ? "indexes agree with the store: " : "indexes DISAGREE with the store: ")
                + text + "; " + spatial + (pending ? "; a write's index work was cut short" : "")
                + (agrees() ? "" : " (run tigris reindex)");
    }
}
