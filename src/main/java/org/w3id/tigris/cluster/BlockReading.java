package org.w3id.tigris.cluster;

/**
 * How a block of the store is read for an update ({@link ReportBlock}): whole when it names
 * at most {@code wholeLimit} reports, else by the months a change needs, and the rest whole
 * once it has read {@code monthsBeforeWhole} months (a change spread over many months: each
 * month's read finds every report of its days, of any block, so the block whole costs less).
 */
record BlockReading(int wholeLimit, int monthsBeforeWhole) {
    /** A block of a few hundred reports is read whole; a country's or a frequent actor's by month. */
    static final BlockReading DEFAULT = new BlockReading(512, 12);
}
