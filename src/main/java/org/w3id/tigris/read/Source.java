package org.w3id.tigris.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One document as read: clean text (every later offset points into it) and what the
 * container told us about it.
 *
 * @param name        the source name ({@code tg:sourceName}): the file's base name, or
 *                    {@code file.jsonl#N} for line N of a JSONL file
 * @param text        the document text: decoded, BOM and control characters removed,
 *                    line endings normalised to {@code \n}; never blank
 * @param url         the original URL when known
 * @param title       the title given by the container (HTML {@code <title>}, JSONL field)
 * @param published   the publication date given by the container (not guessed from text)
 * @param contentHash hex SHA-256 of {@code text}: with {@code name}, the document's identity
 */
public record Source(String name, String text, Optional<String> url, Optional<String> title,
                     Optional<LocalDate> published, String contentHash) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
