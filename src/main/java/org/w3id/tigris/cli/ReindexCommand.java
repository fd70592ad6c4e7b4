package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.w3id.tigris.store.CatalogueAgreement;
import org.w3id.tigris.store.IndexAgreement;
import org.w3id.tigris.store.KnowledgeStore;

/** {@code tigris reindex --store DIR} */
final class ReindexCommand implements Command {
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
    public int run(List<String> argv, PrintStream out, PrintStream err) {
        StoreArgument argument = StoreArgument.parse(argv);
        if (argument.help()) {
            out.print(usage());
            return 0;
        }
        Path store = argument.store().orElseThrow();
        StoreDirectory.requireExisting(store);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            ks.rebuildCatalogue();
            ks.rebuildIndexes();
            CatalogueAgreement catalogue = ks.checkCatalogue();
            out.println(catalogue.describe());
            IndexAgreement indexes = ks.checkIndexes();
            out.println(indexes.describe());
            return indexes.agrees() && catalogue.agrees() ? 0 : 1;
        }
    }
}
