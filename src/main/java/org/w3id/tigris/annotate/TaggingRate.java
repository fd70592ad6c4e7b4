package org.w3id.tigris.annotate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * OpenNLP tagging alone: the sentence detector, tokenizer and POS tagger the {@link Annotator}
 * uses, with the same models loaded the same way, and nothing else (no line splitting, quote
 * normalisation, clitics or lemmas). The benchmark ({@code bench/living-graph.sh}) compares
 * Tigris's whole pipeline to this floor on the same text:
 * <pre>
 * java -cp tigris.jar org.w3id.tigris.annotate.TaggingRate [--threads N] PATH...
 * </pre>
 * prints {@code key=value} lines: documents, characters, sentences, tokens (the tokenizer's
 * tokens), seconds (tagging only, after the models are loaded), tokens_per_second, and the
 * same per CPU-second of the process.
 */
public final class TaggingRate {
    private final AnnotationModels models;

    public TaggingRate(AnnotationModels models) {
        this.models = models;
    }

    /**
     * What was tagged and how long it took: wall seconds, and the process's CPU seconds in that
     * time (the rate per CPU-second is the one to compare on a machine shared with other work).
     */
    public record Result(long documents, long characters, long sentences, long tokens, double seconds,
                         double cpuSeconds) {
        Result plus(Result other) {
            return new Result(documents + other.documents, characters + other.characters,
                    sentences + other.sentences, tokens + other.tokens, seconds + other.seconds,
                    cpuSeconds + other.cpuSeconds);
        }

        public double tokensPerSecond() {
            return seconds > 0 ? tokens / seconds : 0;
        }

        public double tokensPerCpuSecond() {
            return cpuSeconds > 0 ? tokens / cpuSeconds : 0;
        }
    }

    /** Tags one text on the calling thread; the times are zero (see {@link #run}). */
    public Result tag(String text) {
        return new Tagger(models).tag(text);
    }

    /** Tags every file on {@code threads} threads, each with its own tools (they keep state). */
    public Result run(List<Path> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            List<Future<Result>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Path> share = new ArrayList<>();
                for (int i = t; i < files.size(); i += threads)
                    share.add(files.get(i));
                parts.add(pool.submit(() -> {
                    Tagger tagger = new Tagger(models);
                    Result sum = new Result(0, 0, 0, 0, 0, 0);
                    for (Path file : share)
                        sum = sum.plus(tagger.tag(read(file)));
                    return sum;
                }));
            }
            Result total = new Result(0, 0, 0, 0, 0, 0);
            for (Future<Result> part : parts)
                total = total.plus(part.get());
            return new Result(total.documents(), total.characters(), total.sentences(), total.tokens(),
                    (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The plain text files ({@code .txt}, {@code .md}) under each path, in name order. */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path path : paths) {
            // the real path: a corpus given through a symbolic link is walked, not skipped
            try (Stream<Path> walk = Files.walk(path.toRealPath())) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The CPU time of this process so far; zero where the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One thread's tools. */
    private static final class Tagger {
        private final SentenceDetectorME sentences;
        private final TokenizerME tokenizer;
        private final POSTaggerME tagger;

        Tagger(AnnotationModels models) {
            this.sentences = new SentenceDetectorME(models.sentenceModel());
            this.tokenizer = new TokenizerME(models.tokenizerModel());
            this.tagger = new POSTaggerME(models.posModel());
        }

        Result tag(String text) {
            long sentenceCount = 0;
            long tokenCount = 0;
            for (Span s : sentences.sentPosDetect(text)) {
                String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
                if (tokens.length == 0)
                    continue;
                tagger.tag(tokens);
                sentenceCount++;
                tokenCount += tokens.length;
            }
            return new Result(1, text.length(), sentenceCount, tokenCount, 0, 0);
        }
    }

    public static void main(String[] argv) {
        int threads = 1;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            if (argv[i].equals("--threads") && i + 1 < argv.length)
                threads = Integer.parseInt(argv[++i]);
            else
                paths.add(Path.of(argv[i]));
        }
        if (paths.isEmpty() || threads < 1) {
            System.err.println("Usage: java -cp tigris.jar " + TaggingRate.class.getName() + " [--threads N] PATH...");
            System.exit(2);
        }
        List<Path> files = files(paths);
        Result result = new TaggingRate(AnnotationModels.load()).run(files, threads);
        print(result, threads, System.out);
    }

    static void print(Result r, int threads, PrintStream out) {
        out.println("tagging_threads=" + threads);
        out.println("tagging_documents=" + r.documents());
        out.println("tagging_characters=" + r.characters());
        out.println("tagging_sentences=" + r.sentences());
        out.println("tagging_tokens=" + r.tokens());
        out.println(String.format(Locale.ROOT, "tagging_seconds=%.2f", r.seconds()));
        out.println(String.format(Locale.ROOT, "tagging_tokens_per_second=%.0f", r.tokensPerSecond()));
        out.println(String.format(Locale.ROOT, "tagging_cpu_seconds=%.2f", r.cpuSeconds()));
        out.println(String.format(Locale.ROOT, "tagging_tokens_per_cpu_second=%.0f", r.tokensPerCpuSecond()));
    }
}
