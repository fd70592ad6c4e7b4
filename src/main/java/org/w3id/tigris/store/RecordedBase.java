package org.w3id.tigris.store;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.tigris.rdf.IriScheme;
import org.w3id.tigris.rdf.TG;

/**
 * The IRI base a store records in its metadata graph when its first document is written:
 * every IRI it holds was minted with it, so whoever serves or writes the store mints with it
 * too.
 */
public final class RecordedBase {
    private static final Node METADATA = NodeFactory.createURI(IriScheme.METADATA_GRAPH);

    private RecordedBase() {
    }

    /** The base recorded in {@code dsg} (a store's TDB2 dataset, or one over it), read in a transaction of its own. */
    public static Optional<String> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(METADATA, Node.ANY, TG.iriBase.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /** The scheme of the recorded base, or the default one for a store that records none. */
    public static IriScheme schemeOf(DatasetGraph dsg) {
        return of(dsg).map(IriScheme::new).orElseGet(IriScheme::defaultScheme);
    }
}
