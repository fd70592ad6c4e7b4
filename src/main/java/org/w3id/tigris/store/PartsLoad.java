package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.OntologyFiles;
import org.w3id.tigris.store.LoadPlan.Action;

/**
 * Builds or extends a store from N-Quads parts (the Spark job's output, or any N-Quads of
 * Tigris document graphs) with Jena's loaders, and leaves it as {@code tigris ingest} would:
 * the IRI base recorded, the ontology graph loaded, the text and spatial indexes rebuilt.
 * <p>
 * A first pass reads every part ({@link PartScan}) and decides per document
 * ({@link LoadPlan}). A new store whose parts are large is built by Jena's xloader
 * ({@link XLoader}), a smaller new store by TDB2's parallel loader in one pass, and both get
 * their clusters and indexes built whole. Into a store that holds documents, the new and
 * changed ones are written in groups with their own index entries ({@link PartsUpdate}), as
 * {@code ingest} writes a batch into such a store. A part that does not parse stops the load
 * before the store is touched.
 */
public final class PartsLoad {
    /** How new documents are written. */
    public enum Loader { AUTO, XLOADER, TDBLOADER }

    /** Documents per transaction when writing into a store that holds documents, as {@code ingest --commit-every}. */
    private static final int GROUP_SIZE = 500;

    private final Path store;
    private final List<Path> given;
    private final Loader loader;
    private final long xloaderAboveBytes;
    private final int sortThreads;
    private final Consumer<String> log;

    private PartsLoad(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.given = List.copyOf(b.parts);
        this.loader = b.loader;
        this.xloaderAboveBytes = b.xloaderAboveBytes;
        this.sortThreads = b.sortThreads;
        this.log = b.log;
    }

    public static Builder builder() {
        return new Builder();
    }

    public LoadReport run() {
        long start = System.nanoTime();
        List<Path> parts = QuadParts.find(given);
        long bytes = QuadParts.totalBytes(parts);
        log.accept(String.format("scanning %d parts (%,d bytes)", parts.size(), bytes));
        PartScan scan = PartScan.of(parts);
        String base = scan.base().orElseThrow(() -> new IllegalArgumentException("the parts hold no document"));
        LoadPlan plan;
        boolean newStore;
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.iriScheme(Optional.of(base)); // a store with another base is refused before any write
            Set<String> stored = new HashSet<>(ks.sourceNames());
            newStore = stored.isEmpty();
            plan = new LoadPlan(scan.documents(), stored,
                    d -> ks.isCurrent(d.sourceName(), d.contentHash(), d.pipelineFingerprint()));
        }
        log.accept(String.format("%,d quads; %d documents to add, %d to replace, %d unchanged, %d superseded",
                scan.quads(), plan.count(Action.ADD), plan.count(Action.REPLACE), plan.count(Action.UNCHANGED),
                plan.count(Action.SUPERSEDED)));
        String used = "none";
        if (useXloader(plan, newStore, bytes)) {
            used = "xloader";
            xload(parts);
        } else if (newStore) {
            try (KnowledgeStore ks = KnowledgeStore.open(store)) {
                IndexJournal.mark(ks.tdb()); // until the rebuild below is done
                if (plan.count(Action.ADD) > 0) {
                    used = "tdbloader";
                    add(ks, parts, plan, new EntityCatalogue(new IriScheme(base)));
                }
            }
        } else {
            used = update(parts, plan) > 0 ? "groups" : "none";
            return report(plan, scan, used, start);
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.iriScheme(Optional.of(base));
            if (used.equals("xloader")) {
                log.accept("making the entity catalogue");
                ks.rebuildCatalogue(); // the xloader loads the parts as they are: documents only
            }
            OntologyFiles.ontology().ifPresent(ks::loadOntology);
            ks.rebuildClusters();
            log.accept("rebuilding the text and spatial indexes");
            ks.rebuildIndexes();
        }
        return report(plan, scan, used, start);
    }

    /**
     * A store that holds documents: the new and changed ones written with their own index
     * entries ({@link PartsUpdate}), their clusters updated once at the end. The indexes and
     * clusters are rebuilt only when they were owed already (a write cut short) or the ontology changed.
     */
    private int update(List<Path> parts, LoadPlan plan) {
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.catalogueIfMissing();
            boolean owed = ks.indexesPending();
            ks.indexWorkStarts();
            LiveStore writer = ks.indexedWriter(ClusterUpkeep.DEFERRED);
            int written = new PartsUpdate(writer, GROUP_SIZE, log).write(parts, plan);
            boolean ontologyChanged = OntologyFiles.ontology().map(ks::loadOntology).orElse(false);
            if (owed) {
                ks.rebuildClusters();
            } else {
                writer.updateClusters();
            }
            if (owed || ontologyChanged) {
                log.accept("rebuilding the text and spatial indexes");
                ks.rebuildIndexes();
            } else {
                ks.indexWorkDone();
            }
            log.accept(String.format("%d documents written in groups of %d", written, GROUP_SIZE));
            return written;
        }
    }

    private static LoadReport report(LoadPlan plan, PartScan scan, String used, long start) {
        return new LoadReport(plan.count(Action.ADD), plan.count(Action.REPLACE), plan.count(Action.UNCHANGED),
                plan.count(Action.SUPERSEDED), scan.quads(), used, Duration.ofNanos(System.nanoTime() - start));
    }

    private boolean useXloader(LoadPlan plan, boolean newStore, long bytes) {
        boolean possible = newStore && plan.addsEverything();
        return switch (loader) {
            case TDBLOADER -> false;
            case XLOADER -> {
                if (!possible) {
                    throw new IllegalArgumentException("the xloader only builds new stores from parts that add every"
                            + " document once; this load replaces, keeps or supersedes some");
                }
                if (!XLoader.available()) {
                    throw new IllegalStateException("the xloader needs the sort and gzip programs");
                }
                yield true;
            }
            case AUTO -> possible && bytes >= xloaderAboveBytes && XLoader.available();
        };
    }

    /** A new store: the TDB2 database (metadata and ontology only, re-added after) is built anew. */
    private void xload(List<Path> parts) {
        StoreAssembly assembly = StoreAssembly.forStore(store);
        Path database = assembly.tdbDirectory();
        Path tmp = assembly.storeDirectory().resolve("xloader-tmp");
        deleteTree(database);
        log.accept("xloader: building " + database);
        try {
            XLoader.load(database, tmp, parts, sortThreads);
        } catch (RuntimeException e) {
            deleteTree(database); // the store held no document: leave none, not half a database
            throw e;
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * A new store: one pass of TDB2's parallel loader over every part. Not the phased loader:
     * it builds the secondary indexes by replaying the primary ones whole.
     */
    private void add(KnowledgeStore ks, List<Path> parts, LoadPlan plan, EntityCatalogue catalogue) {
        MonitorOutput quiet = (format, args) -> { };
        DataLoader bulk = LoaderFactory.parallelLoader(ks.tdb(), quiet);
        bulk.startBulk();
        try {
            StreamRDF out = bulk.stream();
            out.start();
            // the entity catalogue, each triple once (one already stored is left alone by the loader)
            Set<Triple> described = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                int part = i;
                log.accept("loading " + parts.get(i).getFileName());
                QuadParts.parse(parts.get(i), new StreamRDFBase() {
                    private Node graph;
                    private boolean keep;

                    @Override
                    public void quad(Quad q) {
                        if (!q.getGraph().equals(graph)) {
                            graph = q.getGraph();
                            keep = plan.action(part, graph.getURI()) == Action.ADD;
                        }
                        if (keep) {
                            out.quad(q);
                            Triple t = q.asTriple();
                            if (catalogue.describesEntity(t) && described.add(t)) {
                                out.quad(Quad.create(EntityCatalogue.GRAPH, t));
                            }
                        }
                    }
                });
            }
            out.finish();
            bulk.finishBulk();
        } catch (RuntimeException e) {
            bulk.finishException(e);
            throw e;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    public static final class Builder {
        private Path store;
        private List<Path> parts = List.of();
        private Loader loader = Loader.AUTO;
        private long xloaderAboveBytes = 64L * 1024 * 1024;
        private int sortThreads = 2;
        private Consumer<String> log = line -> { };

        public Builder store(Path store) {
            this.store = store;
            return this;
        }

        /** Files and directories of N-Quads ({@code .nq}, {@code .nq.gz}). */
        public Builder parts(List<Path> parts) {
            this.parts = List.copyOf(parts);
            return this;
        }

        public Builder loader(Loader loader) {
            this.loader = Objects.requireNonNull(loader);
            return this;
        }

        /** With {@link Loader#AUTO}: the size of the parts (compressed as given) from which a new store is xloaded. */
        public Builder xloaderAboveBytes(long bytes) {
            this.xloaderAboveBytes = bytes;
            return this;
        }

        /** Threads of the xloader's external sorts. */
        public Builder sortThreads(int threads) {
            this.sortThreads = threads;
            return this;
        }

        /** Where progress lines go. */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log);
            return this;
        }

        public PartsLoad build() {
            return new PartsLoad(this);
        }
    }
}
