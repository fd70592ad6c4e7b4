package org.w3id.tigris.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Fills a store that holds no documents yet with TDB2's (parallel) bulk loader, which writes many
 * documents in one pass instead of one transaction each (on a batch of 500 news pages
 * the per-document commits cost more than the extraction). Documents only reach the
 * loader whole, once built, so a document that fails never touches the store.
 * <p>
 * The load commits every {@code commitEvery} documents: a batch killed midway keeps the
 * documents of its committed loads, and the next run, which finds them stored unchanged,
 * goes on from there. A load that fails leaves the store as its last commit left it.
 * <p>
 * One thread of its own owns the loader (a TDB2 transaction belongs to the thread that
 * began it); {@link #add} may be called from any thread, one at a time.
 */
public final class BulkLoad {
    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    /** Documents per commit when none is asked for: the loader's speed, and little lost to a kill. */
    public static final int DEFAULT_COMMIT_EVERY = 500;
    private static final Object END = new Object();

    private final DatasetGraph tdb;
    private final int commitEvery;
    private final Map<String, String> hashBySourceName = new HashMap<>();
    private final Map<String, String> sourceNameByGraph = new HashMap<>();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
    private final Thread writer;
    private volatile RuntimeException failure;
    private boolean open = true;

    BulkLoad(DatasetGraph tdb, int commitEvery) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        this.tdb = tdb;
        this.commitEvery = commitEvery;
        this.writer = new Thread(this::write, "tigris-bulk-load");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Adds a document. The same source name twice in one load is stored once: a second
     * version with other content is refused, since a bulk load cannot replace.
     */
    public IngestOutcome add(DocumentGraph document) {
        Objects.requireNonNull(document, "document");
        if (!open) {
            throw new IllegalStateException("the bulk load has ended");
        }
        String owner = sourceNameByGraph.putIfAbsent(document.name(), document.sourceName());
        if (owner != null && !owner.equals(document.sourceName())) {
            throw new DocumentIdentityException(document.name(), owner);
        }
        String previous = hashBySourceName.putIfAbsent(document.sourceName(), document.contentHash());
        if (previous != null) {
            if (previous.equals(document.contentHash())) {
                return IngestOutcome.UNCHANGED;
            }
            throw new IllegalArgumentException("another document named " + document.sourceName()
                    + " is in the same batch; ingest it again to replace the first");
        }
        enqueue(document);
        return IngestOutcome.ADDED;
    }

    /** Commits everything added. */
    public void finish() {
        if (open) {
            open = false;
            enqueue(END);
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the bulk load commits", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void enqueue(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw failure;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding to the bulk load", e);
        }
    }

    private void write() {
        Chunk chunk = null;
        long committed = 0;
        try {
            while (true) {
                Object item = queue.take();
                if (item == END) {
                    if (chunk != null) {
                        committed += chunk.commit();
                        LOG.info("Bulk load: {} documents committed", committed);
                    }
                    return;
                }
                if (chunk == null) {
                    chunk = new Chunk(tdb);
                }
                chunk.add((DocumentGraph) item);
                if (chunk.documents >= commitEvery) {
                    committed += chunk.commit();
                    chunk = null;
                    LOG.info("Bulk load: {} documents committed", committed);
                }
            }
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the bulk load was interrupted");
            if (chunk != null) {
                chunk.abort(e);
            }
        } catch (RuntimeException e) {
            failure = e;
            if (chunk != null) {
                chunk.abort(e);
            }
        }
    }

    /** One load, one commit. */
    private static final class Chunk {
        private final DataLoader loader;
        private final StreamRDF stream;
        private final Set<Triple> described = new HashSet<>();
        private int documents;

        Chunk(DatasetGraph tdb) {
            MonitorOutput quiet = (format, args) -> { };
            // not the phased loader: it builds the secondary indexes by replaying the whole
            // primary index, every earlier commit's quads included, so a batch's index work
            // grew with the square of its commits (4 commits of 100,000 quads: 12.5 CPU-s
            // against 7.7); the parallel loader writes each index from the commit's quads alone
            this.loader = LoaderFactory.parallelLoader(tdb, quiet);
            this.loader.startBulk();
            this.stream = loader.stream();
            this.stream.start();
        }

        void add(DocumentGraph document) {
            Node name = NodeFactory.createURI(document.name());
            document.graph().find().forEach(t -> stream.quad(Quad.create(name, t)));
            // the entity catalogue, in the same commit; once per chunk, the loader ignores repeats
            EntityCatalogue catalogue = new EntityCatalogue(IriScheme.ofDocument(document.name()));
            for (Triple t : catalogue.descriptions(document.graph())) {
                if (described.add(t)) {
                    stream.quad(Quad.create(EntityCatalogue.GRAPH, t));
                }
            }
            documents++;
        }

        int commit() {
            stream.finish();
            loader.finishBulk();
            return documents;
        }

        void abort(Exception cause) {
            loader.finishException(cause);
        }
    }
}
