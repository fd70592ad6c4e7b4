package org.w3id.tigris.web;

import java.util.Arrays;

/**
 * The kinds of {@code /id/KIND/SLUG} IRIs (see rdf.IriScheme). The kind picks the page a
 * browser sees; anything else under {@code /id/} gets the generic page.
 */
enum ResourceKind {
    DOCUMENT("document"), ENTITY("entity"), EVENT("event"), CLAIM("claim"), RUN("run"),
    OTHER("");

    private final String segment;

    ResourceKind(String segment) {
        this.segment = segment;
    }

    /** The kind of a path such as {@code /id/entity/anbar}. */
    static ResourceKind ofPath(String path) {
        String[] parts = path.split("/");
        String kind = parts.length > 2 ? parts[2] : "";
        return Arrays.stream(values()).filter(k -> k != OTHER && k.segment.equals(kind))
                .findFirst().orElse(OTHER);
    }
}
