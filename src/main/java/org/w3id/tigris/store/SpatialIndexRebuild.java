package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.geosparql.implementation.vocabulary.SRS_URI;
import org.apache.jena.geosparql.spatial.SpatialIndex;
import org.apache.jena.geosparql.spatial.SpatialIndexException;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexIoKryo;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexPerGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.tigris.rdf.GEO;

/**
 * Rebuilds the GeoSPARQL spatial index file the server loads at start. The spatial
 * index is not updated by writes, so every ingest recomputes it from the stored
 * geometries (Tigris writes WKT points in CRS84, longitude first).
 */
final class SpatialIndexRebuild {
    private SpatialIndexRebuild() {
    }

    /** Returns the new index, or nothing (and no file) when the store holds no geometry. */
    static Optional<SpatialIndex> rebuild(DatasetGraph base, Path indexFile) {
        try {
            Files.deleteIfExists(indexFile);
            boolean hasGeometry = Txn.calculateRead(base, () ->
                    base.find(Node.ANY, Node.ANY, GEO.asWKT.asNode(), Node.ANY).hasNext());
            if (!hasGeometry) {
                return Optional.empty();
            }
            SpatialIndexPerGraph index = SpatialIndexLib.buildSpatialIndex(base, SRS_URI.DEFAULT_WKT_CRS84);
            Files.createDirectories(indexFile.toAbsolutePath().getParent());
            SpatialIndexIoKryo.save(indexFile, index);
            return Optional.of(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spatial index " + indexFile, e);
        } catch (SpatialIndexException e) {
            throw new IllegalStateException("cannot build the spatial index: " + e.getMessage(), e);
        }
    }
}
