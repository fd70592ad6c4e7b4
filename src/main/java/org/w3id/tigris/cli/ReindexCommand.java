package org.w3id.tigris.cli;

import java.io.PrintStream;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris reindex --store DIR} */
final class ReindexCommand extends StoreCommand {
    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String summary() {
        return "rebuild a store's entity catalogue, text and spatial indexes from its graphs";
    }

    @Override
    public String usage() {
        return """
                Usage: tigris reindex --store DIR

                Makes the entity catalogue of the store DIR anew from its document graphs and
                rebuilds the text (Lucene) and spatial indexes from its graphs,
                then checks them as tigris validate does. For a store whose indexes were lost or
                disagree with its graphs; ingest and serve rebuild them by themselves when a
                run was cut short. The server must not be running on DIR.
                """;
    }

    @Override
    protected int run(KnowledgeStore store, PrintStream out) {
        store.rebuildCatalogue();
        store.rebuildIndexes();
        return printDerivedAgreement(store, out) ? 0 : 1;
    }
}
