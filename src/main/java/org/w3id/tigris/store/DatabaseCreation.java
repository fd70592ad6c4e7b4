package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Creates a store's TDB2 database all at once. TDB2 makes a new database's files one after the
 * other where it is first opened, so a process killed in that moment left an index with its
 * records file written and its nodes file empty, which no later run could open ("Node block
 * manager empty = true // Records block manager empty = false"). The database is made in a
 * directory beside its place and renamed into it when complete; a half-made one left by a kill
 * is deleted by the next run.
 */
final class DatabaseCreation {
    private DatabaseCreation() {}

    /** Makes sure a complete database stands at {@code location}, creating one if the directory is missing or empty. */
    static void ensure(Path location) {
        ensure(location, staging -> TDBInternal.expel(DatabaseMgr.connectDatasetGraph(Location.create(staging))));
    }

    /** {@link #ensure(Path)} with the step that fills a new database directory given. */
    static void ensure(Path location, Consumer<Path> create) {
        try {
            if (Files.isDirectory(location) && !isEmpty(location)) {
                return;
            }
            Path parent = location.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            String prefix = location.getFileName() + ".creating-";
            deleteLeftovers(parent, prefix);
            Path staging = Files.createTempDirectory(parent, prefix);
            create.accept(staging);
            if (Files.isDirectory(location)) {
                Files.delete(location);
            }
            Files.move(staging, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database " + location, e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteLeftovers(Path parent, String prefix) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path leftover : leftovers) {
                try (Stream<Path> tree = Files.walk(leftover)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }
}
