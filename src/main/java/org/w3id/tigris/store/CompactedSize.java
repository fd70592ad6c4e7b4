package org.w3id.tigris.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The size a store had right after its last compaction or bulk load, kept in a small file
 * beside the TDB2 generations (which TDB2 does not look at): what {@link CompactionPolicy}
 * estimates from. Written to a temporary file and moved, so a crash leaves the old one or the new.
 */
final class CompactedSize {
    static final String FILE = "tigris-compacted.properties";

    private final Path file;

    CompactedSize(Path tdbDirectory) {
        this.file = tdbDirectory.resolve(FILE);
    }

    Optional<StoreSize> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new StoreSize(Long.parseLong(p.getProperty("bytes")), Long.parseLong(p.getProperty("quads"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: as if never compacted, which the next compaction mends
        }
    }

    void write(StoreSize size) {
        Properties p = new Properties();
        p.setProperty("bytes", Long.toString(size.bytes()));
        p.setProperty("quads", Long.toString(size.quads()));
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "the store's size after its last compaction or bulk load");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
