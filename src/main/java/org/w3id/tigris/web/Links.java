package org.w3id.tigris.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3id.tigris.rdf.IriScheme;

/**
 * Turns IRIs into links a browser can follow on this server. Tigris IRIs carry the base
 * recorded at ingest, which need not be the host the page was reached on, so they become
 * server-relative paths; other IRIs (Wikidata, GeoNames) stay absolute.
 */
final class Links {
    private final IriScheme iris;
    private final String base;
    private final String contextPath;

    Links(IriScheme iris, String contextPath) {
        this.iris = iris;
        this.base = iris.base();
        this.contextPath = contextPath == null || contextPath.equals("/") ? "" : contextPath;
    }

    IriScheme scheme() {
        return iris;
    }

    boolean isLocal(String iri) {
        return iri.startsWith(base + "/");
    }

    String href(String iri) {
        return isLocal(iri) ? contextPath + iri.substring(base.length()) : iri;
    }

    /** The description of a Tigris IRI in one RDF syntax, e.g. {@code /data/entity/anbar.ttl}. */
    String description(String iri, Representation representation) {
        return isLocal(iri) ? contextPath + DescriptionPaths.data(localPath(iri), representation) : iri;
    }

    /** The path of a Tigris IRI below the base, e.g. {@code /id/entity/anbar}. */
    String localPath(String iri) {
        return isLocal(iri) ? iri.substring(base.length()) : iri;
    }

    /** The IRI of the entity with this slug ({@code anbar}). */
    String entity(String slug) {
        return base + "/id/entity/" + slug;
    }

    /** A path of this server, e.g. {@code /search}. */
    String path(String path) {
        return contextPath + path;
    }

    /** The Fuseki graph store read endpoint for one named graph. */
    String graphStore(String datasetName, String graphIri) {
        return path("/" + datasetName + "/get?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8));
    }
}
