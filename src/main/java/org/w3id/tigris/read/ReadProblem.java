package org.w3id.tigris.read;

/**
 * A file, or a line of a JSONL file, that could not be read (or was read with a warning).
 *
 * @param name    the source name: the file's name, or {@code file.jsonl#N} for line N
 * @param message what went wrong, one line, without the name
 * @param skipped true when nothing was ingested from it; false for a warning about a
 *                source that was ingested anyway (e.g. an unreadable date that was ignored)
 */
public record ReadProblem(String name, String message, boolean skipped) {
    /** A problem that kept the source out. */
    public ReadProblem(String name, String message) {
        this(name, message, true);
    }

    /** One line for a user: {@code name: message}, marked when it is only a warning. */
    public String describe() {
        return (skipped ? "" : "warning: ") + name + ": " + message;
    }
}
