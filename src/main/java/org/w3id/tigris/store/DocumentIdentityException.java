package org.w3id.tigris.store;

/** A document whose IRI already names the graph of another source: storing it would merge the two. */
public final class DocumentIdentityException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DocumentIdentityException(String graph, String owner) {
        super("its IRI " + graph + " is already the graph of " + owner + " (the two names fold to one IRI:"
                + " rename one of them)");
    }
}
