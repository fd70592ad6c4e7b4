package org.w3id.tigris.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not files to read: each gets one line, and none of them holds the batch up. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class UnreadableInputTest {
    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();
    private final List<Source> sources = new ArrayList<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    private void read(Path path) {
        reader.read(path, sources::add, problems::add);
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo");
        return fifo;
    }

    private String onlyProblem(String name) {
        assertEquals(1, problems.size(), problems.toString());
        ReadProblem problem = problems.get(0);
        assertEquals(name, problem.name());
        assertTrue(problem.skipped());
        assertTrue(!problem.describe().contains("\n"), problem.describe());
        return problem.message();
    }

    @Test
    void aFifoNamedOnTheCommandLineIsRefusedWithoutOpeningIt() throws Exception {
        read(fifo("pipe.txt"));
        assertTrue(onlyProblem("pipe.txt").contains("named pipe"), problems.toString());
        assertTrue(sources.isEmpty());
    }

    @Test
    void aFifoInsideADirectoryIsReportedAndTheRestRead() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Rain fell on Cairo.");
        fifo("b.txt");
        Files.writeString(dir.resolve("c.txt"), "Rain fell on Paris.");
        read(dir);
        assertEquals(List.of("a.txt", "c.txt"), sources.stream().map(Source::name).toList());
        assertTrue(onlyProblem("b.txt").contains("named pipe"));
    }

    @Test
    void aSymbolicLinkLoopIsReportedAsALoop() throws IOException {
        Path loop = dir.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        read(loop);
        assertTrue(onlyProblem("loop.txt").contains("loops"), problems.toString());
        problems.clear();
        Files.writeString(dir.resolve("ok.txt"), "Rain fell on Cairo.");
        read(dir);
        assertEquals(1, sources.size());
        assertTrue(onlyProblem("loop.txt").contains("loops"), problems.toString());
    }

    @Test
    void aDanglingLinkIsReportedAsSuch() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("never-there.txt"));
        read(dir.resolve("gone.txt"));
        assertTrue(onlyProblem("gone.txt").contains("dangling"), problems.toString());
        problems.clear();
        read(dir);
        assertTrue(onlyProblem("gone.txt").contains("dangling"), problems.toString());
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsReported() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Rain fell on Cairo.");
        Path b = dir.resolve("b.txt");
        Files.writeString(b, "Rain fell on Paris.");
        // the directory is listed first, then read file by file: b goes while a is handled
        reader.read(dir, source -> {
            sources.add(source);
            try {
                Files.deleteIfExists(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, problems::add);
        assertEquals(1, sources.size());
        assertTrue(onlyProblem("b.txt").contains("vanished"), problems.toString());
    }

    @Test
    void anEmptyJsonlFileSaysSo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        read(empty);
        assertTrue(onlyProblem("empty.jsonl").contains("no JSON lines"), problems.toString());
        problems.clear();
        Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");
        read(dir.resolve("blank.jsonl"));
        assertTrue(onlyProblem("blank.jsonl").contains("no JSON lines"), problems.toString());
        problems.clear();
        reader.readBytes("posted.jsonl", new byte[0], sources::add, problems::add);
        assertTrue(onlyProblem("posted.jsonl").contains("no JSON lines"), problems.toString());
    }
}
