package org.w3id.tigris.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads documents from files and directories: {@code .txt}, {@code .md}, {@code .html},
 * {@code .htm} and {@code .jsonl} (one document per line).
 * <p>
 * Directories are read recursively in name order, one file at a time, so a corpus of any
 * size streams through in constant memory; hidden files and other extensions are passed
 * over. A file that cannot be read is reported as a {@link ReadProblem} with a one-line
 * reason and the rest goes on. A source's name is its path relative to the directory given
 * (its base name when the file itself is given), with {@code /} separators.
 * <p>
 * Thread-safe.
 */
public final class SourceReader {
    /** The default size limit for one document: 5 MiB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final String VANISHED = "it vanished before it could be read";

    private final long maxBytes;
    private final JsonlReader jsonl;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest document accepted, in bytes (for JSONL: the largest line) */
    public SourceReader(long maxBytes) {
        if (maxBytes <= 0)
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
        this.jsonl = new JsonlReader(new ObjectMapper(), maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** True when a file of this name is read as documents (a directory walk passes over the others). */
    public static boolean supports(String fileName) {
        return SourceFormat.of(fileName).isPresent();
    }

    /**
     * Reads a file or, recursively, a directory; every document read goes to {@code sink}
     * as soon as it is read, every file or line refused (or read with a warning) to {@code problems}.
     * A file named explicitly with an unsupported extension is refused.
     */
    public void read(Path fileOrDir, Consumer<Source> sink, Consumer<ReadProblem> problems) {
        String given = fileOrDir.getFileName() == null ? fileOrDir.toString() : fileOrDir.getFileName().toString();
        FileKind kind = FileKind.of(fileOrDir);
        if (kind == FileKind.DIRECTORY) {
            walk(fileOrDir, fileOrDir, sink, problems);
        } else if (kind != FileKind.REGULAR) {
            problems.accept(new ReadProblem(kind == FileKind.MISSING ? fileOrDir.toString() : given,
                    kind.refusal().orElseThrow()));
        } else {
            Optional<SourceFormat> format = SourceFormat.of(given);
            if (format.isEmpty())
                problems.accept(new ReadProblem(given, "unsupported file type (expected " + SourceFormat.SUPPORTED + ")"));
            else
                readFile(fileOrDir, given, format.get(), sink, problems);
        }
    }

    /**
     * One document from the bytes of a {@code .txt}, {@code .md}, {@code .html} or
     * {@code .htm} file; a name with another extension is read as plain text.
     *
     * @throws UnreadableSourceException (one-line message naming the source) when the bytes are
     *         empty, blank, binary, in no recognisable encoding, over the size limit, or JSONL
     *         (use {@link #readBytes})
     */
    public Source fromBytes(String name, byte[] bytes) {
        SourceFormat format = SourceFormat.of(name).orElse(SourceFormat.TEXT);
        if (format == SourceFormat.JSONL)
            throw new UnreadableSourceException(name, "a JSONL file holds many documents: read it with readBytes or read");
        return document(name, bytes, format);
    }

    /** The documents of the bytes of any supported file, JSONL included, as {@link #read} reports them. */
    public void readBytes(String name, byte[] bytes, Consumer<Source> sink, Consumer<ReadProblem> problems) {
        SourceFormat format = SourceFormat.of(name).orElse(SourceFormat.TEXT);
        if (format == SourceFormat.JSONL) {
            try {
                if (jsonl.read(name, new ByteArrayInputStream(bytes), sink, problems) == 0)
                    problems.accept(noJsonLines(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e); // not thrown by an in-memory stream
            }
            return;
        }
        deliver(name, bytes, format, sink, problems);
    }

    private void walk(Path root, Path dir, Consumer<Source> sink, Consumer<ReadProblem> problems) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new ReadProblem(sourceName(root, dir), "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            if (fileName.startsWith("."))
                continue;
            // symbolic links to directories are not followed: they can make cycles
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, entry, sink, problems);
            } else {
                Optional<SourceFormat> format = SourceFormat.of(fileName);
                if (format.isEmpty())
                    continue;
                FileKind kind = FileKind.of(entry);
                if (kind == FileKind.REGULAR)
                    readFile(entry, sourceName(root, entry), format.get(), sink, problems);
                else if (kind == FileKind.MISSING) // listed a moment ago
                    problems.accept(new ReadProblem(sourceName(root, entry), VANISHED));
                else if (kind != FileKind.DIRECTORY)
                    problems.accept(new ReadProblem(sourceName(root, entry), kind.refusal().orElseThrow()));
            }
        }
    }

    private static String sourceName(Path root, Path file) {
        Path relative = root.relativize(file);
        String name = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
        return name.isEmpty() ? file.toString() : name;
    }

    private void readFile(Path file, String name, SourceFormat format, Consumer<Source> sink,
                          Consumer<ReadProblem> problems) {
        if (format == SourceFormat.JSONL) {
            try (InputStream in = Files.newInputStream(file)) {
                if (jsonl.read(name, in, sink, problems) == 0)
                    problems.accept(noJsonLines(name));
            } catch (IOException e) {
                problems.accept(new ReadProblem(name, "cannot read: " + describe(e)));
            }
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                problems.accept(tooLarge(name, size));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.accept(new ReadProblem(name, "cannot read: " + describe(e)));
            return;
        }
        deliver(name, bytes, format, sink, problems);
    }

    /** One document to the sink, or the reason it cannot be read to the problems. */
    private void deliver(String name, byte[] bytes, SourceFormat format, Consumer<Source> sink,
                         Consumer<ReadProblem> problems) {
        Source source;
        try {
            source = document(name, bytes, format);
        } catch (UnreadableSourceException e) {
            problems.accept(e.toProblem());
            return;
        }
        sink.accept(source);
    }

    private Source document(String name, byte[] bytes, SourceFormat format) {
        if (bytes.length > maxBytes)
            throw new UnreadableSourceException(name, tooLarge(name, bytes.length).message());
        Optional<String> title = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<java.time.LocalDate> published = Optional.empty();
        String raw;
        switch (format) {
            case HTML -> {
                String html = TextDecoder.decode(name, bytes, HtmlExtractor.declaredCharset(bytes));
                HtmlExtractor.HtmlContent content = HtmlExtractor.extract(html);
                raw = content.text();
                title = content.title();
                url = content.url();
                published = content.published();
            }
            case MARKDOWN -> raw = MarkdownText.of(TextDecoder.decode(name, bytes, Optional.empty()));
            default -> raw = TextDecoder.decode(name, bytes, Optional.empty());
        }
        String text = TextCleaner.clean(raw);
        if (text.isEmpty())
            throw new UnreadableSourceException(name, format == SourceFormat.HTML
                    ? "nothing to extract (no text in the page's content)"
                    : "nothing to extract (only whitespace or control characters)");
        return new Source(name, text, url, title, published, ContentHash.of(text));
    }

    private static ReadProblem noJsonLines(String name) {
        return new ReadProblem(name, "nothing to extract (no JSON lines)");
    }

    private ReadProblem tooLarge(String name, long size) {
        return new ReadProblem(name, "too large: " + Sizes.describe(size) + " is over the limit of "
                + Sizes.describe(maxBytes) + " per document");
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException)
            return VANISHED;
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }
}
