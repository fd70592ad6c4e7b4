package org.w3id.tigris.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.pipeline.IngestReport;

/**
 * {@code serve --watch DIR}: an inbox. Each file put in DIR is ingested once, then moved to
 * {@code DIR/done/} or, if any of it was refused, to {@code DIR/failed/} beside a
 * {@code NAME.reason.txt} saying why. A file is taken once its size and time have stood still
 * for one poll, so a file still being copied in is left alone; hidden files ({@code .part}
 * names, editors' swap files) are never taken. Files are polled, not watched, so a network
 * file system works too.
 */
final class InboxWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
    static final String DONE = "done";
    static final String FAILED = "failed";

    private final Path inbox;
    private final LiveIngest ingest;
    private final Duration interval;
    private final Map<Path, String> lastSeen = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    InboxWatcher(Path inbox, LiveIngest ingest, Duration interval) {
        this.inbox = inbox.toAbsolutePath().normalize();
        this.ingest = ingest;
        this.interval = interval;
        this.thread = new Thread(this::loop, "tigris-inbox");
        this.thread.setDaemon(true);
    }

    InboxWatcher start() {
        try {
            Files.createDirectories(inbox.resolve(DONE));
            Files.createDirectories(inbox.resolve(FAILED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the inbox " + inbox, e);
        }
        thread.start();
        LOG.info("Watching {} for documents to ingest", inbox);
        return this;
    }

    private void loop() {
        while (running) {
            try {
                poll();
            } catch (RuntimeException e) {
                LOG.error("Inbox {}: {}", inbox, e.getMessage(), e);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One look at the inbox: the files that have stood still since the last look are ingested. */
    void poll() {
        List<Path> files;
        try (Stream<Path> listing = Files.list(inbox)) {
            files = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p) || !Files.isDirectory(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        lastSeen.keySet().retainAll(files);
        for (Path file : files) {
            if (!running) {
                return;
            }
            String state = state(file);
            if (state.equals(lastSeen.put(file, state))) {
                lastSeen.remove(file);
                take(file);
            }
        }
    }

    private static String state(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            FileTime modified = a.lastModifiedTime();
            return a.size() + "@" + modified.toMillis();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private void take(Path file) {
        IngestReport report;
        if (!Files.isRegularFile(file)) {
            fail(file, List.of(file.getFileName() + ": not a regular file (a named pipe, socket, device or broken link)"));
            return;
        }
        try {
            report = ingestFileOrArchive(file);
        } catch (IOException | RuntimeException e) {
            fail(file, List.of(file.getFileName() + ": " + e.getMessage()));
            return;
        }
        if (report.problems().isEmpty()) {
            move(file, inbox.resolve(DONE));
            LOG.info("Inbox: {}: {}", file.getFileName(), report.summary());
        } else {
            fail(file, report.problems());
        }
    }

    private IngestReport ingestFileOrArchive(Path file) throws IOException {
        UploadUnpacker.Kind kind = UploadUnpacker.kind(null, java.util.Optional.of(file.getFileName().toString()));
        if (kind == UploadUnpacker.Kind.DOCUMENT) {
            return ingest.ingest(List.of(file));
        }
        Path dir = Files.createTempDirectory("tigris-inbox");
        try {
            try (var in = Files.newInputStream(file)) {
                new UploadUnpacker(IngestService.MAX_UPLOAD_BYTES).unpack(in, kind, java.util.Optional.empty(), dir);
            }
            return ingest.ingest(List.of(dir));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void fail(Path file, List<String> reasons) {
        Path moved = move(file, inbox.resolve(FAILED));
        try {
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"),
                    String.join("\n", reasons) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Inbox: cannot write the reason for {}: {}", moved, e.getMessage());
        }
        LOG.warn("Inbox: {} failed: {}", file.getFileName(), String.join("; ", reasons));
    }

    /** Moves a file into a folder, under a new name if the folder holds one of that name already. */
    private static Path move(Path file, Path folder) {
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            target = folder.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
