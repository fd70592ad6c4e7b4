package org.w3id.tigris.web;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionalBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The state of the store a reading transaction sees, as a key for what is read from it and kept
 * ({@link ItemDates}, {@link SampleCache}): TDB2's storage and the number of its last committed
 * write. A write makes a new number, and a compaction a new storage, so what was kept for another
 * state is never taken for this one.
 */
record StoreState(Object storage, long data) {
    /** The state the caller's transaction reads; empty without TDB2 or outside a transaction. */
    static Optional<StoreState> of(DatasetGraph graph) {
        while (graph != null && !TDBInternal.isTDB2(graph)) {
            graph = graph instanceof DatasetGraphWrapper wrapper ? wrapper.getWrapped() : null;
        }
        if (graph == null) {
            return Optional.empty();
        }
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(graph);
        if (!(storage.getTxnSystem() instanceof TransactionalBase system) || system.getThreadTransaction() == null) {
            return Optional.empty();
        }
        return Optional.of(new StoreState(storage, system.getThreadTransaction().getDataVersion()));
    }
}
