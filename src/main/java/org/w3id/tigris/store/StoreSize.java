package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The size of a TDB2 database: the bytes of its files (their length, as {@code du -sb}
 * counts them, every generation included) and the quads it holds.
 */
public record StoreSize(long bytes, long quads) {

    /** Measures the database in {@code directory} (the TDB2 container), counting quads in a read transaction. */
    static StoreSize measure(Path directory, DatasetGraph tdb) {
        return new StoreSize(bytesUnder(directory), quads(tdb));
    }

    /**
     * The quads of the default graph and the named graphs. A TDB2 database is counted by
     * its two primary indexes' records: the same number as {@code find()} gives, without
     * turning every record's node ids back into nodes (which took as long as a tenth of
     * a bulk load's own work).
     */
    static long quads(DatasetGraph tdb) {
        DatasetGraphTDB store = TDBInternal.getDatasetGraphTDB(tdb);
        if (store == null) {
            return Txn.calculateRead(tdb, () -> Iter.count(tdb.find()));
        }
        return Txn.calculateRead(tdb, () -> store.getTripleTable().getNodeTupleTable().size()
                + store.getQuadTable().getNodeTupleTable().size());
    }

    static long bytesUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreSize::length).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + directory, e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a file removed while walking (a compaction's old generation) holds nothing
        }
    }

    public double bytesPerQuad() {
        return quads == 0 ? 0 : (double) bytes / quads;
    }

    /** One line for people: {@code 1,234 quads, 210.3 MB, 1,704 bytes per quad}. */
    public String describe() {
        return String.format(Locale.ROOT, "%,d quads, %.1f MB, %,.0f bytes per quad", quads, bytes / 1e6, bytesPerQuad());
    }
}
