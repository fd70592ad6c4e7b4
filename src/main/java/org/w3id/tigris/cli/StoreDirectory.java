package org.w3id.tigris.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.tigris.store.StoreAssembly;

/** Checks that a store directory given to a read-only verb holds a store. */
final class StoreDirectory {
    private StoreDirectory() {
    }

    static void requireExisting(Path store) {
        Path tdb = StoreAssembly.forStore(store).tdbDirectory();
        if (!Files.isDirectory(tdb)) {
            throw new UsageException("no store at " + store + " (create one with: tigris ingest --store "
                    + store + " PATH...)");
        }
    }
}
