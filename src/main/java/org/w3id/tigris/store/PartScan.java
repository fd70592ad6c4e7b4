package org.w3id.tigris.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.w3id.tigris.rdf.TG;

/**
 * A first pass over a load's parts: which documents they hold (source name, content hash,
 * pipeline fingerprint, part), the IRI base their IRIs were minted with, and their quad
 * count. It parses every part, so a syntax error is found before the store is touched.
 * Memory: one small record per document, not per quad.
 */
final class PartScan {
    private static final Node SOURCE_NAME = TG.sourceName.asNode();
    private static final Node CONTENT_HASH = TG.contentHash.asNode();
    private static final Node FINGERPRINT = TG.pipelineFingerprint.asNode();
    private static final String DOCUMENT_PATH = "/id/document/";

    private final List<PartDocument> documents;
    private final Optional<String> base;
    private final long quads;

    private PartScan(List<PartDocument> documents, Optional<String> base, long quads) {
        this.documents = documents;
        this.base = base;
        this.quads = quads;
    }

    static PartScan of(List<Path> parts) {
        List<PartDocument> documents = new ArrayList<>();
        long quads = 0;
        String base = null;
        for (int i = 0; i < parts.size(); i++) {
            Path part = parts.get(i);
            Collector c = new Collector();
            QuadParts.parse(part, c);
            quads += c.quads;
            for (Map.Entry<Node, Fields> e : c.byGraph.entrySet()) {
                String graph = e.getKey().getURI();
                Fields f = e.getValue();
                if (f.sourceName == null || f.contentHash == null || f.fingerprint == null) {
                    throw new IllegalArgumentException(part + ": the graph " + graph
                            + " is not a Tigris document (no tg:sourceName, tg:contentHash or tg:pipelineFingerprint)");
                }
                String graphBase = baseOf(graph).orElseThrow(() -> new IllegalArgumentException(part
                        + ": the graph " + graph + " is not named BASE" + DOCUMENT_PATH + "..."));
                if (base == null) {
                    base = graphBase;
                } else if (!base.equals(graphBase)) {
                    throw new IllegalArgumentException("the parts mix IRI bases: " + base + " and " + graphBase);
                }
                documents.add(new PartDocument(graph, f.sourceName, f.contentHash, f.fingerprint, i));
            }
        }
        return new PartScan(List.copyOf(documents), Optional.ofNullable(base), quads);
    }

    List<PartDocument> documents() {
        return documents;
    }

    /** The IRI base of the documents' IRIs; empty when the parts hold no document. */
    Optional<String> base() {
        return base;
    }

    long quads() {
        return quads;
    }

    private static Optional<String> baseOf(String documentIri) {
        int at = documentIri.indexOf(DOCUMENT_PATH);
        return at > 0 ? Optional.of(documentIri.substring(0, at)) : Optional.empty();
    }

    /** The three facts that identify a document, gathered per graph. */
    private static final class Fields {
        String sourceName;
        String contentHash;
        String fingerprint;
    }

    private static final class Collector extends StreamRDFBase {
        final Map<Node, Fields> byGraph = new LinkedHashMap<>();
        private Node current;
        long quads;

        @Override
        public void quad(Quad q) {
            quads++;
            Node p = q.getPredicate();
            if (q.isDefaultGraph()) {
                throw new IllegalArgumentException("a triple outside any document graph: " + q);
            }
            if (!q.getGraph().equals(current)) {
                // a document is replaced from its block of quads: it must be one block
                if (byGraph.containsKey(q.getGraph())) {
                    throw new IllegalArgumentException("the quads of " + q.getGraph().getURI()
                            + " are not together (a part must hold each document's quads in one run)");
                }
                current = q.getGraph();
            }
            if (p.equals(SOURCE_NAME) && q.getSubject().equals(q.getGraph())) {
                fields(q).sourceName = q.getObject().getLiteralLexicalForm();
            } else if (p.equals(CONTENT_HASH) && q.getSubject().equals(q.getGraph())) {
                fields(q).contentHash = q.getObject().getLiteralLexicalForm();
            } else if (p.equals(FINGERPRINT)) {
                fields(q).fingerprint = q.getObject().getLiteralLexicalForm();
            } else {
                byGraph.computeIfAbsent(q.getGraph(), g -> new Fields());
            }
        }

        private Fields fields(Quad q) {
            return byGraph.computeIfAbsent(q.getGraph(), g -> new Fields());
        }
    }
}
