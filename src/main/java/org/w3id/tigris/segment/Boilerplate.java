package org.w3id.tigris.segment;

/** A span of the document text that carries no news, and why it was judged so. */
public record Boilerplate(int begin, int end, String reason) {
}
