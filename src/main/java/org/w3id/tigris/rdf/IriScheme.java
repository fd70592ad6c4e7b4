package org.w3id.tigris.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.w3id.tigris.extract.EventType;

/**
 * The one place that knows how Tigris IRIs are spelled: {@code BASE/id/KIND/SLUG}.
 * The base is chosen at ingest and recorded in the store, so that the server can
 * dereference the IRIs it finds there.
 */
public final class IriScheme {
    public static final String DEFAULT_BASE = "http://localhost:3030";
    /** The named graph the ontology (ontology/tigris.ttl) is loaded into. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/tigris/ontology";
    /** The named graph holding what the store records about itself (its IRI base). */
    public static final String METADATA_GRAPH = "https://w3id.org/tigris/store";

    /** The named graph holding the cross-source event clusters, computed from the document graphs. */
    public static final String CLUSTERS_GRAPH = "https://w3id.org/tigris/clusters";

    private final String base;

    public IriScheme(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static IriScheme defaultScheme() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The document's IRI, which is also the name of its graph. */
    public String document(String sourceName) {
        return base + "/id/document/" + slug(sourceName);
    }

    public String entity(String entityId) {
        return base + "/id/entity/" + entityId;
    }

    public String event(String sourceName, int evidenceBegin, EventType type) {
        return base + "/id/event/" + slug(sourceName) + "-" + evidenceBegin + "-"
                + type.localName().toLowerCase(Locale.ROOT);
    }

    public String claim(String sourceName, int textBegin) {
        return base + "/id/claim/" + slug(sourceName) + "-" + textBegin;
    }

    /** A mention IRI in the RFC 5147 style, a fragment of its document's IRI. */
    public String mention(String sourceName, int begin, int end) {
        return document(sourceName) + "#char=" + begin + "," + end;
    }

    /** A news item of an index page: a fragment of its document's IRI, named by its start. */
    public String article(String sourceName, int begin) {
        return document(sourceName) + "#article-" + begin;
    }

    /** A place's GeoSPARQL geometry, a fragment of the place's IRI. */
    public String geometry(String entityId) {
        return entity(entityId) + "#geometry";
    }

    /** The prefix of cluster IRIs; a cluster's IRI adds a digest of its reports. */
    public String clusterPrefix() {
        return base + "/id/cluster/";
    }

    public String run(String runId) {
        return base + "/id/run/" + runId;
    }

    /**
     * A slug safe in an IRI path segment: ASCII letters and digits, dots, underscores
     * and hyphens; anything else folds to a hyphen. Accents are dropped first so that
     * "Café.txt" and "Cafe.txt" do not differ by an escape sequence.
     */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
