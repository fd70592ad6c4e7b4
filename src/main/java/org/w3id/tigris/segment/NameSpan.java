package org.w3id.tigris.segment;

/** Where a name stands in the document text: {@code [begin, end)}. */
public record NameSpan(int begin, int end) {
    public NameSpan {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("not a span: " + begin + ".." + end);
        }
    }
}
