package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.geosparql.spatial.SpatialIndex;
import org.apache.jena.geosparql.spatial.SpatialIndexException;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexIoKryo;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexPerGraph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a committed write's own entries into a served store's text and spatial indexes: the
 * text entries that came and went, and the spatial index of the graphs it touched, nothing
 * rebuilt. The caller serialises writes ({@link LiveStore}'s write lock).
 */
final class IndexEntryWriter {
    private final DatasetGraph tdb;
    private final DatasetGraph served;
    private final TextIndex text;
    private final Path spatialIndexFile;
    private final IndexedTriples indexed;

    IndexEntryWriter(DatasetGraph tdb, DatasetGraph served, TextIndex text, Path spatialIndexFile, IndexedTriples indexed) {
        this.tdb = tdb;
        this.served = served;
        this.text = text;
        this.spatialIndexFile = spatialIndexFile;
        this.indexed = indexed;
    }

    void apply(IndexDelta delta) {
        for (Triple t : delta.textGone()) {
            Entity e = indexed.entity(t);
            if (e != null) {
                text.deleteEntity(e);
            }
        }
        for (Triple t : delta.textPut()) {
            Entity e = indexed.entity(t);
            if (e != null) {
                text.deleteEntity(e); // by uid: the same entry is never there twice
                text.addEntity(e);
            }
        }
        text.commit();
        if (delta.spatialChanged()) {
            updateSpatial(delta.graphs());
        }
    }

    private void updateSpatial(Set<Node> graphs) {
        SpatialIndex current = SpatialIndexLib.getSpatialIndex(served);
        if (!(current instanceof SpatialIndexPerGraph perGraph)) {
            SpatialIndexRebuild.rebuild(tdb, spatialIndexFile).ifPresent(index -> SpatialIndexLib.setSpatialIndex(served, index));
            return;
        }
        Set<String> names = new HashSet<>();
        names.add(Quad.defaultGraphIRI.getURI());
        graphs.forEach(g -> names.add(g.getURI()));
        try {
            SpatialIndexPerGraph.recomputeIndexForGraphs(perGraph, tdb, names);
            Files.createDirectories(spatialIndexFile.toAbsolutePath().getParent());
            SpatialIndexIoKryo.save(spatialIndexFile, perGraph);
        } catch (SpatialIndexException e) {
            throw new IllegalStateException("cannot update the spatial index: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spatial index " + spatialIndexFile, e);
        }
    }
}
