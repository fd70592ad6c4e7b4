package org.w3id.tigris.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

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
    /** Counts the indexed triples and geometries of the graphs in {@code tdb} and the entries of {@code index}. */
    static IndexAgreement measure(TextIndex index, DatasetGraph tdb, boolean pending, Path spatialIndexFile) {
        IndexedTriples indexed = new IndexedTriples(index.getDocDef());
        long[] counts = Txn.calculateRead(tdb, () -> {
            Graph union = tdb.getUnionGraph();
            long triples = indexed.text(union).stream().filter(t -> indexed.entity(t) != null).count();
            return new long[] {triples, IndexedTriples.geometries(union).size()};
        });
        return new IndexAgreement(pending, counts[0], TextIndexEntries.count(index), counts[1], Files.exists(spatialIndexFile));
    }

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
