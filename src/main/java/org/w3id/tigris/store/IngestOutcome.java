package org.w3id.tigris.store;

/** What storing one document's graph did. */
public enum IngestOutcome {
    /** the store did not hold the document: its graph was added */
    ADDED,
    /** the store held another version of the document: its graph was replaced */
    REPLACED,
    /** the store already held this version (same source name and content hash) */
    UNCHANGED
}
