package org.w3id.tigris.server;

import java.util.Collection;
import java.util.Optional;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Finds the operations of an update that would write to (or read) the stored default graph.
 * The store's default graph, as every query and service sees it, is the union of the named
 * graphs; the stored default graph beside them is never seen, so a triple written there would
 * vanish. Such updates are refused instead, with this message.
 */
final class DefaultGraphWrites {
    static final String MESSAGE = "The default graph here is the union of the named graphs: it cannot be"
            + " written itself. Name a graph: INSERT DATA { GRAPH <g> { ... } }, LOAD <url> INTO GRAPH <g>,"
            + " WITH <g> DELETE/INSERT ..., or /kg/data?graph=g";

    private DefaultGraphWrites() {
    }

    /** The first operation of {@code request} that targets the stored default graph, if any. */
    static Optional<Update> find(UpdateRequest request) {
        return request.getOperations().stream().filter(DefaultGraphWrites::targetsDefault).findFirst();
    }

    static boolean targetsDefault(Update update) {
        if (update instanceof UpdateData data) {
            return anyDefault(data.getQuads());
        }
        if (update instanceof UpdateModify modify) {
            return modify.getWithIRI() == null
                    && (anyDefault(modify.getInsertQuads()) || anyDefault(modify.getDeleteQuads()));
        }
        if (update instanceof UpdateDeleteWhere deleteWhere) {
            return anyDefault(deleteWhere.getQuads());
        }
        if (update instanceof UpdateLoad load) {
            return load.getDest() == null;
        }
        if (update instanceof UpdateDropClear dropClear) {
            return dropClear.isDefault();
        }
        if (update instanceof UpdateBinaryOp binary) {
            return binary.getSrc().isDefault() || binary.getDest().isDefault();
        }
        return false;
    }

    private static boolean anyDefault(Collection<Quad> quads) {
        return quads.stream().anyMatch(Quad::isDefaultGraph);
    }
}
