package org.w3id.tigris.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's database is made whole or not at all: a creation cut short leaves nothing where the database goes. */
class DatabaseCreationTest {
    @TempDir
    Path dir;

    @Test
    void aCreationCutShortLeavesNothingAtTheLocationAndTheNextRunMakesAWholeDatabase() throws IOException {
        Path location = dir.resolve("tdb2");
        // a process dying while TDB2 writes the new files: some of them written, then nothing more
        assertThrows(IllegalStateException.class, () -> DatabaseCreation.ensure(location, staging -> {
            try {
                Files.writeString(staging.resolve("half-written.dat"), "records");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("killed");
        }));
        assertFalse(Files.exists(location.resolve("half-written.dat")), "nothing half-made where the database goes");

        DatabaseCreation.ensure(location);
        Dataset dataset = TDB2Factory.connectDataset(Location.create(location));
        try {
            long quads = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
            assertEquals(0, quads);
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.count(), "the half-made database of the first run is gone");
        }
    }

    @Test
    void anExistingDatabaseIsLeftAsItIs() throws IOException {
        Path location = dir.resolve("tdb2");
        DatabaseCreation.ensure(location);
        Path marker = Files.writeString(location.resolve("marker"), "kept");
        DatabaseCreation.ensure(location);
        assertTrue(Files.exists(marker));
    }
}
