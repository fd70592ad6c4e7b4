package org.w3id.tigris.read;

/**
 * A document that cannot be read: empty, binary, undecodable, too large or of an
 * unsupported type. The message is one line naming the source.
 */
public class UnreadableSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final String reason;

    public UnreadableSourceException(String name, String reason) {
        super(name + ": " + reason);
        this.name = name;
        this.reason = reason;
    }

    public String name() {
        return name;
    }

    public String reason() {
        return reason;
    }

    public ReadProblem toProblem() {
        return new ReadProblem(name, reason, true);
    }
}
