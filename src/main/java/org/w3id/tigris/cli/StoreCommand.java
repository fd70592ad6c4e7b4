package org.w3id.tigris.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.w3id.tigris.store.CatalogueAgreement;
import org.w3id.tigris.store.IndexAgreement;
import org.w3id.tigris.store.KnowledgeStore;

/**
 * A verb that works on one existing store and takes nothing else ({@code --store DIR} or
 * {@code --help}): the store is opened here, so that every such verb refuses a missing
 * directory, and closes the store, the same way.
 */
abstract class StoreCommand implements Command {
    @Override
    public final int run(List<String> argv, PrintStream out, PrintStream err) {
        StoreArgument argument = StoreArgument.parse(argv);
        if (argument.help()) {
            out.print(usage());
            return 0;
        }
        Path store = argument.store().orElseThrow();
        StoreDirectory.requireExisting(store);
        try (KnowledgeStore ks = KnowledgeStore.open(store)) {
            return run(ks, out);
        }
    }

    /** Runs the verb on the open store; returns the exit status. */
    protected abstract int run(KnowledgeStore store, PrintStream out);

    /**
     * Prints whether what the store derives from its document graphs (the entity catalogue, the
     * text and spatial indexes) agrees with them; true when all of it does.
     */
    protected static boolean printDerivedAgreement(KnowledgeStore store, PrintStream out) {
        CatalogueAgreement catalogue = store.checkCatalogue();
        out.println(catalogue.describe());
        IndexAgreement indexes = store.checkIndexes();
        out.println(indexes.describe());
        return catalogue.agrees() && indexes.agrees();
    }
}
