package org.w3id.tigris.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.PROV;
import org.w3id.tigris.rdf.TG;

/**
 * What the TDB2 dataset knows of its documents: which graphs hold a source name, and whether
 * they hold it in a given version. The one place that replaces a document's graph, for the
 * command line's store and the live server alike. Callers hold the transaction.
 */
final class StoredDocuments {
    private static final Node SOURCE_NAME = TG.sourceName.asNode();
    private static final Node CONTENT_HASH = TG.contentHash.asNode();
    private static final Node GENERATED_BY = PROV.wasGeneratedBy.asNode();
    private static final Node PIPELINE_FINGERPRINT = TG.pipelineFingerprint.asNode();

    private final DatasetGraph tdb;

    StoredDocuments(DatasetGraph tdb) {
        this.tdb = tdb;
    }

    /** The graphs that hold a document of this source name (one, unless something went wrong). */
    List<Node> graphsOf(String sourceName) {
        return documentNodes(sourceName).map(Quad::getGraph).distinct().toList();
    }

    /** True when the store holds this text of the document, extracted by this pipeline. */
    boolean holds(String sourceName, String contentHash, String pipelineFingerprint) {
        return storedHashes(sourceName).equals(List.of(contentHash))
                && storedFingerprints(sourceName).equals(List.of(pipelineFingerprint));
    }

    /**
     * Replaces whatever graphs held the document's source name by its graph; in a write
     * transaction. Returns the outcome and, for the indexes, the graphs it removed
     * (as they were: still readable by the caller until it removes them here).
     */
    IngestOutcome replace(DocumentGraph document, List<Node> previous) {
        Node name = NodeFactory.createURI(document.name());
        refuseForeignGraph(name, document.sourceName());
        if (previous.equals(List.of(name))
                && holds(document.sourceName(), document.contentHash(), document.pipelineFingerprint())) {
            return IngestOutcome.UNCHANGED;
        }
        EntityCatalogue catalogue = new EntityCatalogue(IriScheme.ofDocument(document.name()));
        Set<Triple> described = catalogue.descriptions(tdb, previous);
        previous.forEach(tdb::removeGraph);
        tdb.addGraph(name, document.graph());
        Set<Triple> describes = catalogue.descriptions(document.graph());
        catalogue.add(tdb, describes);
        described.removeAll(describes);
        catalogue.withdraw(tdb, described);
        return previous.isEmpty() ? IngestOutcome.ADDED : IngestOutcome.REPLACED;
    }

    /**
     * Removes the graphs of a source name, and from the entity catalogue what only they
     * stated; in a write transaction. Returns the graphs removed.
     */
    List<Node> remove(String sourceName) {
        List<Node> previous = graphsOf(sourceName);
        if (previous.isEmpty()) {
            return previous;
        }
        EntityCatalogue catalogue = new EntityCatalogue(IriScheme.ofDocument(previous.get(0).getURI()));
        Set<Triple> described = catalogue.descriptions(tdb, previous);
        previous.forEach(tdb::removeGraph);
        catalogue.withdraw(tdb, described);
        return previous;
    }

    /**
     * Two sources never share a graph: names that fold to one IRI (see
     * {@link org.w3id.tigris.rdf.IriScheme#documentSlug}) are refused rather than merged.
     */
    private void refuseForeignGraph(Node graph, String sourceName) {
        tdb.stream(graph, graph, SOURCE_NAME, Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm())
                .filter(owner -> !owner.equals(sourceName))
                .findFirst()
                .ifPresent(owner -> {
                    throw new DocumentIdentityException(graph.getURI(), owner);
                });
    }

    private List<String> storedHashes(String sourceName) {
        return documentNodes(sourceName)
                .flatMap(q -> tdb.stream(q.getGraph(), q.getSubject(), CONTENT_HASH, Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .distinct().toList();
    }

    /** The fingerprints of the runs that extracted the document; none in stores made before they were kept. */
    private List<String> storedFingerprints(String sourceName) {
        return documentNodes(sourceName)
                .flatMap(q -> tdb.stream(q.getGraph(), q.getSubject(), GENERATED_BY, Node.ANY)
                        .flatMap(run -> tdb.stream(q.getGraph(), run.getObject(), PIPELINE_FINGERPRINT, Node.ANY)))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .distinct().toList();
    }

    private Stream<Quad> documentNodes(String sourceName) {
        return tdb.stream(Node.ANY, Node.ANY, SOURCE_NAME, NodeFactory.createLiteralString(sourceName));
    }
}
