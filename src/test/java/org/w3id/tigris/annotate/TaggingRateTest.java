package org.w3id.tigris.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingRateTest {
    // 10 tokens ("died" and "." apart), then 4
    private static final String TEXT = "The army said on Monday that 12 soldiers died. Officials denied it.";

    private static AnnotationModels models;

    @BeforeAll
    static void loadModels() {
        models = AnnotationModels.load();
    }

    @Test
    void countsTheSentencesAndTokensOfAKnownText() {
        TaggingRate.Result r = new TaggingRate(models).tag(TEXT);
        assertEquals(1, r.documents());
        assertEquals(TEXT.length(), r.characters());
        assertEquals(2, r.sentences());
        assertEquals(14, r.tokens());
    }

    @Test
    void countsAsThePipelinesAnnotatorOnTextWithoutClitics() {
        long annotated = new Annotator(models).sentences(TEXT, 0, TEXT.length()).stream()
                .mapToLong(s -> s.tokens().size()).sum();
        assertEquals(annotated, new TaggingRate(models).tag(TEXT).tokens());
    }

    @Test
    void sumsEveryTextFileOverThreads(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/one.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("two.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("three.md"), "Rebels fled.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("skipped.json"), TEXT, StandardCharsets.UTF_8);
        List<Path> files = TaggingRate.files(List.of(dir));
        assertEquals(3, files.size());

        TaggingRate.Result r = new TaggingRate(models).run(files, 2);
        assertEquals(3, r.documents());
        assertEquals(5, r.sentences());
        assertEquals(14 + 14 + 3, r.tokens());
        assertTrue(r.seconds() > 0);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TaggingRate.print(r, 2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("tagging_tokens=31\n"), printed);
        assertTrue(printed.contains("tagging_documents=3\n"), printed);
        assertTrue(printed.contains("tagging_tokens_per_second="), printed);
        assertTrue(printed.contains("tagging_tokens_per_cpu_second="), printed);
    }
}
