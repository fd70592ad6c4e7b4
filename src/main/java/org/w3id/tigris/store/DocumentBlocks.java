package org.w3id.tigris.store;

import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.TG;

/**
 * Turns a part's quads back into documents: the consecutive quads of one graph (a part holds
 * each document's quads together, see {@link PartScan}) become one {@link DocumentGraph}.
 */
final class DocumentBlocks extends StreamRDFBase {
    private static final Node SOURCE_NAME = TG.sourceName.asNode();

    private final Consumer<DocumentGraph> sink;
    private Node graph;
    private Graph triples;

    DocumentBlocks(Consumer<DocumentGraph> sink) {
        this.sink = sink;
    }

    @Override
    public void quad(Quad q) {
        if (!q.getGraph().equals(graph)) {
            flush();
            graph = q.getGraph();
            triples = GraphFactory.createDefaultGraph();
        }
        triples.add(q.asTriple());
    }

    @Override
    public void finish() {
        flush();
    }

    private void flush() {
        if (graph == null) {
            return;
        }
        Node doc = graph;
        String sourceName = triples.find(doc, SOURCE_NAME, Node.ANY).next().getObject().getLiteralLexicalForm();
        String hash = triples.find(doc, TG.contentHash.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        String fingerprint = triples.find(Node.ANY, TG.pipelineFingerprint.asNode(), Node.ANY).next().getObject()
                .getLiteralLexicalForm();
        sink.accept(new DocumentGraph(doc.getURI(), sourceName, hash, fingerprint, triples));
        graph = null;
        triples = null;
    }
}
