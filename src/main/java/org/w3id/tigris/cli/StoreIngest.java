package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.tigris.pipeline.BatchIngest;
import org.w3id.tigris.pipeline.DocumentSink;
import org.w3id.tigris.pipeline.IngestReport;
import org.w3id.tigris.pipeline.Pipeline;
import org.w3id.tigris.pipeline.PipelineFingerprint;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.rdf.RunInfo;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.store.BulkLoad;
import org.w3id.tigris.store.ClusterUpkeep;
import org.w3id.tigris.store.KnowledgeStore;
import org.w3id.tigris.store.LiveStore;
import org.w3id.tigris.store.StoreCompactor;

/** Ingests files into a store: what {@code tigris ingest} and a bare {@code tigris serve} do. */
final class StoreIngest {
    static final int BULK_THRESHOLD = 100;

    /** How long a batch waits for its compaction before it leaves it (abandoned at exit, nothing lost). */
    static final Duration COMPACTION_WAIT = Duration.ofHours(1);

    private final Path store;
    private final Optional<String> base;
    private final Optional<Integer> threads;
    private final int commitEvery;
    private final boolean compact;

    StoreIngest(Path store, Optional<String> base, Optional<Integer> threads) {
        this(store, base, threads, BulkLoad.DEFAULT_COMMIT_EVERY, true);
    }

    /** With {@code compact}, the store is compacted after the batch when {@link org.w3id.tigris.store.CompactionPolicy} says it pays. */
    StoreIngest(Path store, Optional<String> base, Optional<Integer> threads, int commitEvery, boolean compact) {
        this.store = store;
        this.base = base;
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.compact = compact;
    }

    IngestReport ingest(List<Path> paths, PrintStream err) {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            IriScheme iris = ks.iriScheme(base);
            ks.catalogueIfMissing(); // a store from before the catalogue: made once, before any write
            // a run cut short before its indexes were done leaves them owed
            boolean owed = ks.indexesPending();
            ks.indexWorkStarts();
            boolean ontologyChanged = OntologyFiles.ontology().map(ks::loadOntology).orElseGet(() -> {
                err.println("tigris: warning: " + OntologyFiles.ONTOLOGY + " not found: the class hierarchy is missing");
                return false;
            });
            Pipeline pipeline = Pipeline.create().build();
            RunInfo run = RunInfo.startNow(RunInfo.tigrisVersion(), PipelineFingerprint.current(), pipeline.modelVersions());
            boolean bulk = bulk(ks, paths);
            // nobody reads the store during the batch: its clusters are brought up to date once, at its end
            LiveStore writer = bulk ? null : ks.indexedWriter(ClusterUpkeep.DEFERRED);
            BatchIngest.Builder batch = BatchIngest.builder()
                    .extractor(pipeline)
                    .graphs(new DocumentGraphBuilder(iris, run))
                    .sink(bulk ? DocumentSink.bulkInto(ks, commitEvery) : DocumentSink.groupedInto(writer, commitEvery))
                    .problemLog(line -> err.println("tigris: skipped " + line));
            threads.ifPresent(batch::threads);
            IngestReport report = batch.build().run(paths);
            // the writer's groups are clustered in one update; a bulk load computes the clusters
            // whole, as does a run after one cut short (its clusters are behind its documents);
            // the indexes' rebuild below indexes them
            if (bulk && report.changedAnything() || owed) {
                ks.rebuildClusters();
            } else if (writer != null) {
                writer.updateClusters();
            }
            // a bulk load writes no index entry; the other writes wrote their own
            if (owed || ontologyChanged || bulk && report.changedAnything()) {
                ks.rebuildIndexes();
            } else {
                ks.indexWorkDone();
            }
            if (report.changedAnything()) {
                settleSize(ks, bulk, err);
            }
            return report;
        }
    }

    /**
     * A bulk-loaded store is compact: its size is what later batches are measured against.
     * Any other batch wrote a TDB2 transaction per document and grew the files with dead
     * blocks: it compacts when the policy says so, after everything else, so that a
     * compaction that fails or runs long costs nothing of the batch.
     */
    private void settleSize(KnowledgeStore ks, boolean bulk, PrintStream err) {
        StoreCompactor compactor = ks.compactor();
        if (bulk) {
            err.println("tigris: store: " + compactor.recordCompact().describe());
        } else if (compact) {
            err.println("tigris: store: " + compactor.compactIfDue(COMPACTION_WAIT).describe());
        } else {
            err.println("tigris: store: " + compactor.size().describe() + " (not compacted: --no-compact)");
        }
    }

    /**
     * The bulk loader pays for a new store and a large batch: 500 generated news pages on
     * 2 (shared) cores took 28-47 s with a transaction per document and 13-25 s with the
     * loader; the commits, not the extraction, were the cost.
     */
    private static boolean bulk(KnowledgeStore ks, List<Path> paths) {
        return ks.documentCount() == 0 && BatchIngest.documentCount(paths).orElse(Integer.MAX_VALUE) >= BULK_THRESHOLD;
    }

    /** True when the store already holds every document under {@code paths}, as it is now, extracted by this pipeline. */
    boolean holdsAll(List<Path> paths) {
        List<Source> sources = new ArrayList<>();
        SourceReader reader = new SourceReader();
        paths.forEach(p -> reader.read(p, sources::add, problem -> { }));
        String fingerprint = PipelineFingerprint.current();
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return !sources.isEmpty()
                    && sources.stream().allMatch(s -> ks.isCurrent(s.name(), s.contentHash(), fingerprint));
        }
    }
}
