package org.w3id.tigris.read;

import java.util.Locale;
import java.util.Optional;

/** The document formats Tigris reads, known by file extension. */
enum SourceFormat {
    TEXT, MARKDOWN, HTML, JSONL;

    static final String SUPPORTED = ".txt, .md, .html, .htm or .jsonl";

    static Optional<SourceFormat> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt"))
            return Optional.of(TEXT);
        if (lower.endsWith(".md"))
            return Optional.of(MARKDOWN);
        if (lower.endsWith(".html") || lower.endsWith(".htm"))
            return Optional.of(HTML);
        if (lower.endsWith(".jsonl"))
            return Optional.of(JSONL);
        return Optional.empty();
    }
}
