package org.w3id.tigris.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which state of the store an answer was built from, for HTTP validators: the time of the
 * last write (Last-Modified) and an entity tag that changes with every write transaction and
 * with every server start (a new build may render the same data differently). TDB2 counts the
 * write transactions it began (an aborted one counts too: a needless refresh, never a stale
 * answer), and a write is noticed by the first answer after it; the last write before this
 * server started is the newest file of the database. A dataset that is not TDB2 counts as
 * written when the server started.
 */
final class StoreVersion {
    private final String instance;
    private final Clock clock;
    private final LongSupplier writeTransactions;
    private long seenWrites;
    private long writes;
    private Instant lastWrite;

    private StoreVersion(Instant lastWrite, Clock clock, LongSupplier writeTransactions) {
        this.clock = clock;
        this.writeTransactions = writeTransactions;
        this.seenWrites = writeTransactions.getAsLong();
        this.lastWrite = lastWrite.truncatedTo(ChronoUnit.SECONDS);
        this.instance = Long.toString(clock.millis(), 36);
    }

    /** Follows the writes to {@code dataset} from now on. */
    static StoreVersion watch(Dataset dataset, Clock clock) {
        Optional<DatasetGraph> tdb = tdb2(dataset.asDatasetGraph());
        Instant onDisk = tdb.flatMap(StoreVersion::newestFile).orElse(clock.instant());
        LongSupplier counter = tdb.<LongSupplier>map(graph -> TDBInternal.getTransactionCoordinator(graph)::countBeginWrite)
                .orElse(() -> 0L);
        return new StoreVersion(onDisk, clock, counter);
    }

    /** The validators of the store as it is now. */
    synchronized Validators current() {
        long counted = writeTransactions.getAsLong();
        if (counted != seenWrites) {
            seenWrites = counted;
            writes++;
            lastWrite = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        return new Validators("\"" + instance + "-" + writes + "\"", lastWrite);
    }

    /** A strong entity tag (quoted) and a time in whole seconds, as HTTP dates have them. */
    record Validators(String entityTag, Instant lastModified) {
    }

    private static Optional<DatasetGraph> tdb2(DatasetGraph graph) {
        while (graph != null) {
            if (TDBInternal.isTDB2(graph)) {
                return Optional.of(graph);
            }
            graph = graph instanceof DatasetGraphWrapper wrapper ? wrapper.getWrapped() : null;
        }
        return Optional.empty();
    }

    private static Optional<Instant> newestFile(DatasetGraph tdb) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        if (storage == null || storage.getLocation().isMem()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(storage.getLocation().getDirectoryPath()))) {
            return files.map(StoreVersion::modified).max(Instant::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
