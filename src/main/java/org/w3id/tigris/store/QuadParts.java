package org.w3id.tigris.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The N-Quads files a load reads: files named on the command line, and the {@code .nq} and
 * {@code .nq.gz} files under directories named there (a Spark job's output directory holds
 * them in {@code quads/}), in name order.
 */
final class QuadParts {
    private QuadParts() {
    }

    static List<Path> find(List<Path> given) {
        List<Path> parts = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(QuadParts::isQuads)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(parts::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                if (!isQuads(p)) {
                    throw new IllegalArgumentException(p + " is not N-Quads (expected .nq or .nq.gz)");
                }
                parts.add(p);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no .nq or .nq.gz file in " + given);
        }
        return List.copyOf(parts);
    }

    static long totalBytes(List<Path> parts) {
        long total = 0;
        for (Path p : parts) {
            try {
                total += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
        }
        return total;
    }

    /** Parses one part into {@code sink}; a syntax error names the file and line. */
    static void parse(Path part, StreamRDF sink) {
        try (InputStream in = part.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(part), 64 * 1024) : Files.newInputStream(part)) {
            RDFParser.source(in).lang(Lang.NQUADS).base(null).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + part, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(part + ": " + e.getMessage(), e);
        }
    }

    private static boolean isQuads(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".nq") || name.endsWith(".nq.gz");
    }
}
