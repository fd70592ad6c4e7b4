package org.w3id.tigris.store;

/**
 * When a {@link LiveStore} brings the cross-source event clusters up to date with the documents
 * written.
 * <p>
 * An update's cost grows with the reports near the changed ones, not with the written
 * documents: in a store where each day has more reports of one kind, place or actor than a
 * block's window, every report written touches the windows of its neighbours, and the update of
 * a group of 500 documents into a 27,000-document store recomputed all 92,000 reports (137
 * CPU-s, against 17 s to extract the group). Deferred, one update covers every group since the
 * last, so its cost is paid once per batch or per quiet moment instead of once per group.
 */
public enum ClusterUpkeep {
    /** In each group's own transaction: readers see documents and clusters change together. */
    WITH_EACH_GROUP,
    /**
     * By {@link LiveStore#updateClusters()}, for every group committed since the last update:
     * until then the clusters are those of the store before those groups, and the store's
     * pending-index note stays, so a crash in between has the clusters recomputed whole.
     */
    DEFERRED
}
