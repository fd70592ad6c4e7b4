package org.w3id.tigris.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.store.DocumentGroup;
import org.w3id.tigris.store.DocumentIdentityException;
import org.w3id.tigris.store.IngestOutcome;
import org.w3id.tigris.store.LiveStore;

/**
 * Writes a batch's documents into a store in groups (see {@link DocumentGroup}): one
 * transaction and one index commit per {@code groupSize} documents, and the rest at
 * {@link #finish()}. A thread of its own writes (a TDB2 transaction belongs to the thread
 * that began it), so the extraction threads go on while a group commits instead of waiting
 * for the store, as they did when every document was committed by the thread that made it.
 * <p>
 * A document's receipt is told when its group is committed and indexed, or failed. A group
 * holds no graph in memory: each document is written into the open transaction as it comes.
 */
final class GroupedSink implements DocumentSink {
    private static final Object END = new Object();

    private final LiveStore store;
    private final int groupSize;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread writer;
    private volatile Throwable died;
    private boolean open = true;

    private record Item(DocumentGraph graph, Receipt receipt) {
    }

    private record Written(Receipt receipt, IngestOutcome outcome) {
    }

    GroupedSink(LiveStore store, int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize must be at least 1");
        }
        this.store = Objects.requireNonNull(store, "store");
        this.groupSize = groupSize;
        this.writer = new Thread(this::run, "tigris-store-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    @Override
    public void write(DocumentGraph graph, Receipt receipt) {
        if (!open) {
            throw new IllegalStateException("the sink has finished");
        }
        enqueue(new Item(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(receipt, "receipt")));
    }

    /** A group of one, written now. */
    @Override
    public IngestOutcome write(DocumentGraph graph) {
        return store.write(graph);
    }

    @Override
    public boolean holds(String sourceName, String contentHash, String pipelineFingerprint) {
        return store.isCurrent(sourceName, contentHash, pipelineFingerprint);
    }

    /** Commits the last group and waits until every receipt is told. */
    @Override
    public void finish() {
        if (!open) {
            return;
        }
        open = false;
        enqueue(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the last documents are stored", e);
        }
        if (died != null) {
            throw new IllegalStateException("the store's writer stopped: " + died.getMessage(), died);
        }
    }

    private void enqueue(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (!writer.isAlive()) {
                    throw new IllegalStateException("the store's writer stopped"
                            + (died == null ? "" : ": " + died.getMessage()), died);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing a document to the store", e);
        }
    }

    private void run() {
        List<Written> written = new ArrayList<>();
        DocumentGroup group = null;
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    if (group != null) {
                        commit(group, written);
                    }
                    return;
                }
                Item item = (Item) next;
                if (group == null) {
                    group = store.group();
                }
                try {
                    written.add(new Written(item.receipt(), group.add(item.graph())));
                } catch (DocumentIdentityException e) {
                    item.receipt().failed(e); // refused alone: the group goes on
                    continue;
                } catch (RuntimeException e) {
                    // the group was aborted: none of its documents is stored
                    written.forEach(w -> w.receipt().failed(e));
                    written.clear();
                    item.receipt().failed(e);
                    group = null;
                    continue;
                }
                if (group.size() >= groupSize) {
                    commit(group, written);
                    group = null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            died = e;
        } catch (RuntimeException | Error e) {
            died = e;
        } finally {
            if (group != null) {
                group.close();
            }
            RuntimeException lost = new IllegalStateException("the store's writer stopped");
            written.forEach(w -> w.receipt().failed(lost));
        }
    }

    private static void commit(DocumentGroup group, List<Written> written) {
        try {
            group.commit();
            written.forEach(w -> w.receipt().stored(w.outcome()));
        } catch (RuntimeException e) {
            written.forEach(w -> w.receipt().failed(e));
        }
        written.clear();
    }
}
