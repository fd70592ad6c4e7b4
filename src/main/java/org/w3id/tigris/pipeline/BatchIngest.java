package org.w3id.tigris.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.w3id.tigris.rdf.DocumentGraph;
import org.w3id.tigris.rdf.DocumentGraphBuilder;
import org.w3id.tigris.read.ReadProblem;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.store.IngestOutcome;

/**
 * Reads files and directories, extracts every document in parallel and hands each
 * document's graph to a sink, one at a time.
 * <p>
 * Sources stream from the reader into a bounded number of in-flight extractions, so
 * memory does not grow with the size of the corpus. A file that cannot be read and a
 * document whose extraction fails are reported in one line each and skipped; the rest
 * of the batch goes on. Documents the sink already holds in the same version are not
 * extracted again.
 */
public final class BatchIngest {
    private final SourceReader reader;
    private final DocumentExtractor extractor;
    private final DocumentGraphBuilder graphs;
    private final DocumentSink sink;
    private final int threads;
    private final Consumer<String> problemLog;
    private final Duration progressInterval;

    private BatchIngest(Builder b) {
        this.reader = b.reader;
        this.extractor = Objects.requireNonNull(b.extractor, "extractor");
        this.graphs = Objects.requireNonNull(b.graphs, "graph builder");
        this.sink = Objects.requireNonNull(b.sink, "sink");
        this.threads = b.threads;
        this.problemLog = b.problemLog;
        this.progressInterval = b.progressInterval;
    }

    public static Builder builder() {
        return new Builder();
    }

    public IngestReport run(List<Path> paths) {
        long start = System.nanoTime();
        Progress progress = new Progress(documentCount(paths), progressInterval);
        Counts counts = new Counts();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Consumer<String> problem = line -> {
            problems.add(line);
            problemLog.accept(line);
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tigris-extract");
            t.setDaemon(true);
            return t;
        });
        // bounds the documents read but not yet stored
        Semaphore inFlight = new Semaphore(2 * threads);
        Object writeLock = new Object();
        try {
            for (Path path : paths) {
                reader.read(path, source -> {
                    inFlight.acquireUninterruptibly();
                    try {
                        pool.execute(() -> {
                            try {
                                process(source, counts, problem, writeLock);
                                progress.documentDone();
                            } finally {
                                inFlight.release();
                            }
                        });
                    } catch (RuntimeException e) {
                        inFlight.release();
                        throw e;
                    }
                }, p -> reportReadProblem(p, problem));
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            synchronized (writeLock) {
                sink.finish();
            }
        }
        List<String> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return new IngestReport(counts.added.get(), counts.replaced.get(), counts.unchanged.get(), sorted,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void process(Source source, Counts counts, Consumer<String> problem, Object writeLock) {
        try {
            if (sink.holds(source.name(), source.contentHash(), graphs.run().pipelineFingerprint())) {
                counts.unchanged.incrementAndGet();
                return;
            }
            DocumentGraph graph;
            try {
                graph = graphs.build(extractor.extract(source));
            } catch (RuntimeException | StackOverflowError e) {
                problem.accept(source.name() + ": extraction failed: " + oneLine(e));
                return;
            }
            DocumentSink.Receipt receipt = new DocumentSink.Receipt() {
                @Override
                public void stored(IngestOutcome outcome) {
                    counts.count(outcome);
                }

                @Override
                public void failed(RuntimeException cause) {
                    problem.accept(source.name() + ": not stored: " + oneLine(cause));
                }
            };
            synchronized (writeLock) {
                sink.write(graph, receipt);
            }
        } catch (RuntimeException e) {
            problem.accept(source.name() + ": not stored: " + oneLine(e));
        }
    }

    private static void reportReadProblem(ReadProblem p, Consumer<String> problem) {
        if (p.skipped()) {
            problem.accept(p.describe());
        } else {
            LoggerFactory.getLogger("org.w3id.tigris.ingest").warn(p.describe());
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a long batch: keep waiting
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The number of documents, when every input is a plain file (a JSONL file's lines are not counted ahead). */
    public static OptionalInt documentCount(List<Path> paths) {
        int n = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                List<String> names = files.filter(Files::isRegularFile)
                        .map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)).toList();
                if (names.stream().anyMatch(f -> f.endsWith(".jsonl"))) {
                    return OptionalInt.empty();
                }
                n += (int) names.stream().filter(f -> f.endsWith(".txt") || f.endsWith(".md")
                        || f.endsWith(".html") || f.endsWith(".htm")).count();
            } catch (IOException | UncheckedIOException e) {
                return OptionalInt.empty(); // a file vanished meanwhile: the reader will say which
            }
        }
        return OptionalInt.of(n);
    }

    private static final class Counts {
        final AtomicInteger added = new AtomicInteger();
        final AtomicInteger replaced = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();

        void count(IngestOutcome outcome) {
            switch (outcome) {
                case ADDED -> added.incrementAndGet();
                case REPLACED -> replaced.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
            }
        }
    }

    public static final class Builder {
        private SourceReader reader = new SourceReader();
        private DocumentExtractor extractor;
        private DocumentGraphBuilder graphs;
        private DocumentSink sink;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Consumer<String> problemLog = line -> System.err.println("tigris: skipped " + line);
        private Duration progressInterval = Duration.ofSeconds(10);

        public Builder reader(SourceReader reader) {
            this.reader = Objects.requireNonNull(reader);
            return this;
        }

        public Builder extractor(DocumentExtractor extractor) {
            this.extractor = extractor;
            return this;
        }

        public Builder graphs(DocumentGraphBuilder graphs) {
            this.graphs = graphs;
            return this;
        }

        public Builder sink(DocumentSink sink) {
            this.sink = sink;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /** Where the one-line report of each skipped file or document goes (default: standard error). */
        public Builder problemLog(Consumer<String> problemLog) {
            this.problemLog = Objects.requireNonNull(problemLog);
            return this;
        }

        public Builder progressInterval(Duration interval) {
            this.progressInterval = Objects.requireNonNull(interval);
            return this;
        }

        public BatchIngest build() {
            return new BatchIngest(this);
        }
    }
}
