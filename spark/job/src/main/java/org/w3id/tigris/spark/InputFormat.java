package org.w3id.tigris.spark;

import java.util.Locale;

/** How the job reads its inputs. */
enum InputFormat {
    /** files and directories of files, read as {@code tigris extract} reads them: .txt, .md, .html, .htm, .jsonl */
    FILES,
    /** a Parquet table with {@code id}, {@code text} and optionally {@code url}, {@code title}, {@code published} */
    PARQUET,
    /** a JSON Lines table with those columns, split by Spark (large files need not fit in one task) */
    JSON;

    static InputFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be files, parquet or json, not '" + value + "'");
        }
    }
}
