package org.w3id.tigris.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One document given as fields rather than as a file: a JSONL line, or a row of a table
 * (Parquet, JSON) with {@code text} and optionally {@code url}, {@code title} and
 * {@code published} (ISO date). Every reader of records cleans and checks the fields here,
 * so that a line and a row with the same fields yield the same {@link Source}.
 *
 * @param name      the source name the document will carry
 * @param where     where the record is, for messages (e.g. {@code line 3}); may be empty
 * @param text      the raw text field
 * @param url       the raw url field, if any
 * @param title     the raw title field, if any
 * @param published the raw publication date field, if any
 */
public record RecordSource(String name, String where, String text, Optional<String> url, Optional<String> title,
                           Optional<String> published) {
    public RecordSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
    }

    /**
     * The document, or nothing when its text is empty once cleaned (then a problem naming it
     * goes to {@code problems}). A publication date that is not an ISO date is ignored with a
     * warning.
     */
    public Optional<Source> toSource(Consumer<ReadProblem> problems) {
        String clean = TextCleaner.clean(text);
        if (clean.isEmpty()) {
            problems.accept(new ReadProblem(name, prefixed("nothing to extract (empty \"text\")")));
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        Optional<String> givenDate = published.flatMap(RecordSource::field);
        if (givenDate.isPresent()) {
            date = IsoDates.parse(givenDate.get());
            if (date.isEmpty())
                problems.accept(new ReadProblem(name, prefixed("\"published\" value \"" + abbreviated(givenDate.get())
                        + "\" is not an ISO date; ignored"), false));
        }
        return Optional.of(new Source(name, clean, url.flatMap(RecordSource::field), title.flatMap(RecordSource::field),
                date, ContentHash.of(clean)));
    }

    private String prefixed(String message) {
        return where.isEmpty() ? message : where + ": " + message;
    }

    /** A metadata field on one line, or nothing when it is blank. */
    private static Optional<String> field(String value) {
        String cleaned = TextCleaner.clean(value).replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? Optional.empty() : Optional.of(cleaned);
    }

    private static String abbreviated(String value) {
        String flat = value.replaceAll("\\s+", " ");
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
