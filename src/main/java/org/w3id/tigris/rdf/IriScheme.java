package org.w3id.tigris.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
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
    /**
     * The named graph holding one copy of every entity description the document graphs state
     * (the entity catalogue): what each document says with an entity or its geometry as subject.
     */
    public static final String ENTITIES_GRAPH = "https://w3id.org/tigris/entities";
    /**
     * A source name whose slug is itself, segment by segment: a file name of ASCII letters, digits,
     * dots, underscores and single hyphens, in directories named alike, perhaps a JSONL line number.
     */
    // compiled once: every IRI minted is slugged
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern HYPHENS = Pattern.compile("-{2,}");
    private static final Pattern EDGE_HYPHEN = Pattern.compile("^-|-$");
    private static final Pattern ORDINARY_NAME = Pattern.compile(
            "[A-Za-z0-9._]+(-[A-Za-z0-9._]+)*(/[A-Za-z0-9._]+(-[A-Za-z0-9._]+)*)*(#[0-9]+)?");
    private static final int NAME_HASH_HEX_DIGITS = 12;

    private final String base;

    public IriScheme(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The scheme a document IRI was minted with. */
    public static IriScheme ofDocument(String documentIri) {
        int at = documentIri.lastIndexOf("/id/document/");
        if (at < 0) {
            throw new IllegalArgumentException("not a document IRI: " + documentIri);
        }
        return new IriScheme(documentIri.substring(0, at));
    }

    public static IriScheme defaultScheme() {
        return new IriScheme(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The document's IRI, which is also the name of its graph. */
    public String document(String sourceName) {
        return base + "/id/document/" + documentSlug(sourceName);
    }

    /**
     * The last segment of a document's IRI: one per source name. An ordinary name keeps its
     * slug ({@code 2024/report-1.txt} gives {@code 2024-report-1.txt}). Any other name, whose
     * slug lost something (spaces, accents, non-Latin letters, punctuation), gets its slug then
     * {@code --} and 12 hex digits of the SHA-256 of the whole name: {@code Café.txt} gives
     * {@code Cafe.txt--} and a hash, so it stays apart from {@code Cafe.txt}, and two all-Arabic
     * names stay apart from each other. No ordinary slug holds {@code --}, so the two forms never
     * meet; the only names that still fold together are ordinary ones differing by {@code /} or
     * {@code #} against {@code -}, which the store refuses to merge.
     */
    public static String documentSlug(String sourceName) {
        String slug = slug(sourceName);
        if (ORDINARY_NAME.matcher(sourceName).matches()) {
            return slug;
        }
        return slug + "--" + nameHash(sourceName);
    }

    private static String nameHash(String sourceName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, NAME_HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public String entity(String entityId) {
        return entityPrefix() + entityId;
    }

    /** What every entity IRI, and every entity's geometry IRI, starts with. */
    public String entityPrefix() {
        return base + "/id/entity/";
    }

    public String event(String sourceName, int evidenceBegin, EventType type) {
        return base + "/id/event/" + documentSlug(sourceName) + "-" + evidenceBegin + "-"
                + type.localName().toLowerCase(Locale.ROOT);
    }

    public String claim(String sourceName, int textBegin) {
        return base + "/id/claim/" + documentSlug(sourceName) + "-" + textBegin;
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
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHEN.matcher(HYPHENS.matcher(UNSAFE.matcher(ascii).replaceAll("-")).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }
}
