package org.w3id.tigris.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.geosparql.spatial.SpatialIndex;
import org.apache.jena.geosparql.spatial.index.v2.SpatialIndexLib;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.cluster.EventClusters;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;

/**
 * The knowledge graph on disk: a TDB2 dataset holding one named graph per document,
 * the ontology in a graph of its own and a small metadata graph recording the IRI base,
 * with a jena-text index and a GeoSPARQL spatial index beside it.
 * <p>
 * A document is identified by its source name. Storing it replaces whatever graph held
 * that source name before, in one write transaction: a failure leaves the store as it was.
 * Writes go to TDB2 directly, without the text index (which would commit with every
 * document); call {@link #rebuildIndexes()} after a batch of them. Each write notes in the
 * store that the indexes are behind ({@link #indexesPending()}) until the rebuild is done,
 * so a batch killed before or during the rebuild has it done by the next run.
 */
public final class KnowledgeStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeStore.class);
    private static final Node SOURCE_NAME = TG.sourceName.asNode();
    private static final Node IRI_BASE = TG.iriBase.asNode();
    private static final Node METADATA_GRAPH = NodeFactory.createURI(IriScheme.METADATA_GRAPH);
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(IriScheme.ONTOLOGY_GRAPH);
    private static final Node CLUSTERS_GRAPH = NodeFactory.createURI(IriScheme.CLUSTERS_GRAPH);

    private final StoreAssembly assembly;
    private final DatasetGraph tdb;
    private final StoredDocuments documents;
    private DatasetGraphText queryDataset; // opened on first use
    private StoreCompactor compactor; // made on first use

    private KnowledgeStore(StoreAssembly assembly) {
        this.assembly = assembly;
        this.tdb = assembly.assembleTdb();
        this.documents = new StoredDocuments(tdb);
    }

    /** Opens (creating if need be) the store in a directory. */
    public static KnowledgeStore open(Path directory) {
        return new KnowledgeStore(StoreAssembly.forStore(directory));
    }

    public static KnowledgeStore open(StoreAssembly assembly) {
        return new KnowledgeStore(assembly);
    }

    public Path directory() {
        return assembly.storeDirectory();
    }

    /**
     * The dataset for queries: the default graph is the union of all graphs, and
     * {@code text:query} and GeoSPARQL's {@code spatial:} functions work. Opened on first use;
     * writes made after that are slower, as the text index then takes part in every commit.
     */
    public synchronized Dataset dataset() {
        if (queryDataset == null) {
            Dataset text = assembly.assembleServedDataset();
            if (!(text.asDatasetGraph() instanceof DatasetGraphText dsgText)) {
                throw new IllegalStateException("the store description must put a text index over TDB2");
            }
            queryDataset = dsgText;
        }
        return DatasetFactory.wrap(queryDataset);
    }

    /**
     * A writer that keeps the indexes up to date document by document (see {@link LiveStore}),
     * for batches into a store that already holds documents: no full rebuild afterwards.
     */
    public LiveStore indexedWriter(ClusterUpkeep upkeep) {
        return LiveStore.over(assembly, dataset().asDatasetGraph(), upkeep);
    }

    /** The IRI base recorded in the store, if any document was ever stored. */
    public Optional<String> recordedBase() {
        return RecordedBase.of(tdb);
    }

    /**
     * The IRI scheme to store documents with: the one recorded, or {@code requested} for a
     * store that has none yet (which is then recorded). A store keeps one base: asking for
     * another is an error, since the IRIs already stored would not dereference.
     */
    public IriScheme iriScheme(Optional<String> requested) {
        Optional<String> recorded = recordedBase();
        IriScheme scheme = new IriScheme(requested.or(() -> recorded).orElse(IriScheme.DEFAULT_BASE));
        if (recorded.isPresent()) {
            if (!new IriScheme(recorded.get()).base().equals(scheme.base())) {
                throw new IllegalArgumentException("the store at " + directory() + " uses the IRI base "
                        + recorded.get() + ", not " + requested.orElse("") + " (use a new store for another base)");
            }
            return scheme;
        }
        Txn.executeWrite(tdb, () -> tdb.add(METADATA_GRAPH, METADATA_GRAPH, IRI_BASE,
                NodeFactory.createLiteralString(scheme.base())));
        return scheme;
    }

    /** True when the store holds this text of the document, extracted by this pipeline. */
    public boolean isCurrent(String sourceName, String contentHash, String pipelineFingerprint) {
        return Txn.calculateRead(tdb, () -> documents.holds(sourceName, contentHash, pipelineFingerprint));
    }

    /** Stores a document's graph, replacing any graph of the same source name. */
    public IngestOutcome ingest(DocumentGraph document) {
        Objects.requireNonNull(document, "document");
        return Txn.calculateWrite(tdb, () -> {
            IngestOutcome outcome = documents.replace(document, documents.graphsOf(document.sourceName()));
            if (outcome != IngestOutcome.UNCHANGED) {
                IndexJournal.markPending(tdb); // cleared by rebuildIndexes
            }
            return outcome;
        });
    }

    /**
     * A bulk load into this store, which must hold no document yet. Call
     * {@link BulkLoad#finish()} at the end; no other write may happen meanwhile.
     */
    public BulkLoad bulkLoad() {
        return bulkLoad(BulkLoad.DEFAULT_COMMIT_EVERY);
    }

    /** A bulk load that commits every {@code commitEvery} documents (see {@link BulkLoad}). */
    public BulkLoad bulkLoad(int commitEvery) {
        if (documentCount() > 0) {
            throw new IllegalStateException("the store at " + directory() + " holds documents: bulk loading is for new stores");
        }
        IndexJournal.mark(tdb); // the loader's commits do not carry the note
        return new BulkLoad(tdb, commitEvery);
    }

    /**
     * Notes in the store that index work is under way, until {@link #indexWorkDone()} or a
     * rebuild: a batch killed meanwhile leaves the note, and the next run rebuilds.
     */
    public void indexWorkStarts() {
        IndexJournal.mark(tdb);
    }

    /** Removes the note of {@link #indexWorkStarts()}, once every index entry of the work is committed. */
    public void indexWorkDone() {
        IndexJournal.clear(tdb);
    }

    /** True when a write's index entries may be missing (a batch or write was cut short): rebuild them. */
    public boolean indexesPending() {
        return IndexJournal.pending(tdb);
    }

    /**
     * The store's compactor (see {@link StoreCompactor}): compaction runs on its thread, and
     * {@link #close()} lets one under way finish first, for a minute at most.
     */
    public synchronized StoreCompactor compactor() {
        if (compactor == null) {
            compactor = StoreCompactor.over(tdb, assembly.tdbDirectory(), CompactionPolicy.DEFAULT);
        }
        return compactor;
    }

    /** The TDB2 dataset itself, for the loaders of this package (see {@link PartsLoad}). */
    DatasetGraph tdb() {
        return tdb;
    }

    /** Puts the ontology in its own graph, replacing an older version. Returns false if unchanged. */
    public boolean loadOntology(Graph ontology) {
        return Txn.calculateWrite(tdb, () -> {
            Graph stored = tdb.getGraph(ONTOLOGY_GRAPH);
            if (!stored.isEmpty() && stored.isIsomorphicWith(ontology)) {
                return false;
            }
            tdb.removeGraph(ONTOLOGY_GRAPH);
            tdb.addGraph(ONTOLOGY_GRAPH, ontology);
            IndexJournal.markPending(tdb);
            return true;
        });
    }

    /**
     * Recomputes the cross-source event clusters from the document graphs and replaces their
     * graph, in one write transaction. Call it after a batch of writes, before
     * {@link #rebuildIndexes()} (which then indexes the clusters' labels).
     */
    public EventClusters.Result rebuildClusters() {
        return ClusterRefresh.refresh(tdb, RecordedBase.schemeOf(tdb));
    }

    /**
     * Makes the entity catalogue ({@link EntityCatalogue}) anew from the document graphs, in
     * one write transaction; after an xloader build, or to repair. Returns its size in triples.
     */
    public long rebuildCatalogue() {
        long t0 = System.nanoTime();
        EntityCatalogue catalogue = new EntityCatalogue(RecordedBase.schemeOf(tdb));
        long size = Txn.calculateWrite(tdb, () -> catalogue.rebuild(tdb));
        LOG.info("Made the entity catalogue: {} triples ({} ms)", size, (System.nanoTime() - t0) / 1_000_000);
        return size;
    }

    /**
     * Makes the entity catalogue of a store written before there was one (its document graphs
     * name entities, its catalogue is empty). Returns true when it did.
     */
    public boolean catalogueIfMissing() {
        if (!Txn.calculateRead(tdb, () -> EntityCatalogue.missing(tdb))) {
            return false;
        }
        LOG.info("The store has no entity catalogue yet: making it");
        rebuildCatalogue();
        return true;
    }

    /** Compares the entity catalogue with the document graphs (reads the whole store). */
    public CatalogueAgreement checkCatalogue() {
        EntityCatalogue catalogue = new EntityCatalogue(RecordedBase.schemeOf(tdb));
        return Txn.calculateRead(tdb, () -> catalogue.check(tdb));
    }

    /** The source names of the stored documents, sorted. */
    public List<String> sourceNames() {
        return Txn.calculateRead(tdb, () -> tdb.stream(Node.ANY, Node.ANY, SOURCE_NAME, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm())
                .distinct().sorted().toList());
    }

    public long documentCount() {
        return sourceNames().size();
    }

    /** Rebuilds the text and spatial indexes from the stored graphs. */
    public synchronized void rebuildIndexes() {
        long t0 = System.nanoTime();
        LOG.info("Rebuilding the text and spatial indexes");
        IndexJournal.mark(tdb); // a rebuild cut short is done again
        long entries;
        if (queryDataset != null) {
            entries = TextIndexRebuild.rebuild(queryDataset.getTextIndex(), tdb);
        } else {
            TextIndex index = assembly.assembleTextIndex();
            try {
                entries = TextIndexRebuild.rebuild(index, tdb);
            } finally {
                index.close();
            }
        }
        assembly.textAnalysis().record(assembly.textDirectory());
        Optional<SpatialIndex> spatial = SpatialIndexRebuild.rebuild(tdb, assembly.spatialIndexFile());
        if (queryDataset != null) {
            spatial.ifPresent(index -> SpatialIndexLib.setSpatialIndex(queryDataset, index));
        }
        IndexJournal.clear(tdb);
        long geometries = spatial.map(SpatialIndex::getSize).orElse(0L);
        LOG.info("Rebuilt indexes: {} text entries, {} geometries ({} ms)", entries, geometries,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Rebuilds the indexes when the text index was built with another analysis than the
     * store description's (or before analyses were recorded) and the store holds documents.
     * Returns true when it did.
     */
    public synchronized boolean rebuildStaleIndexes() {
        Optional<TextAnalysis> recorded = TextAnalysis.recorded(assembly.textDirectory());
        if (recorded.equals(Optional.of(assembly.textAnalysis())) || documentCount() == 0) {
            return false;
        }
        LOG.info("The text index was built with {} analysis: rebuilding it",
                recorded.isEmpty() ? "an unrecorded" : "another");
        if (indexesPending()) {
            // a batch cut short before its end owes its clusters too; the rebuild clears the note
            rebuildClusters();
        }
        rebuildIndexes();
        return true;
    }

    /** Compares the indexes with the graphs: entry counts, the spatial index file, the pending note. */
    public synchronized IndexAgreement checkIndexes() {
        TextIndex index = queryDataset != null ? queryDataset.getTextIndex() : assembly.assembleTextIndex();
        try {
            return IndexAgreement.measure(index, tdb, indexesPending(), assembly.spatialIndexFile());
        } finally {
            if (queryDataset == null) {
                index.close();
            }
        }
    }

    /**
     * Closes the text index and releases the TDB2 database, so that the same directory can
     * be opened again in this JVM (as {@code tigris serve} does after ingesting): TDB2 keeps
     * one transaction coordinator per directory, and the closed index must leave it.
     */
    @Override
    public synchronized void close() {
        if (compactor != null) {
            compactor.close();
        }
        if (queryDataset != null) {
            queryDataset.getTextIndex().close();
        }
        if (TDBInternal.isTDB2(tdb)) {
            TDBInternal.expel(tdb);
        }
    }
}
