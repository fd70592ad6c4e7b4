package org.w3id.tigris.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader();

    private static Path badInput(String file) {
        try {
            return Path.of(SourceReaderTest.class.getResource("/bad-input/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(List<Source> sources, List<ReadProblem> problems) {
        Source only() {
            assertEquals(1, sources.size(), "sources " + sources + " problems " + problems);
            return sources.get(0);
        }

        ReadProblem onlyProblem() {
            assertTrue(sources.isEmpty(), "no source expected: " + sources);
            assertEquals(1, problems.size(), problems.toString());
            return problems.get(0);
        }
    }

    private Outcome read(Path path) {
        Outcome outcome = new Outcome(new ArrayList<>(), new ArrayList<>());
        reader.read(path, outcome.sources()::add, outcome.problems()::add);
        return outcome;
    }

    private static void assertClean(String text) {
        assertFalse(text.isBlank());
        assertFalse(text.contains("\r"));
        text.chars().forEach(c -> assertTrue(c == '\n' || c == '\t' || (c >= 0x20 && (c < 0x7F || c > 0x9F)),
                () -> "control character U+" + Integer.toHexString(c)));
        for (char bidi : "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF".toCharArray())
            assertFalse(text.indexOf(bidi) >= 0, "bidi or BOM character left");
    }

    // --- the bad-input corpus, with the expectations of its README ---

    @Test
    void emptyAndWhitespaceFilesHaveNothingToExtract() {
        for (String file : List.of("empty.txt", "whitespace.txt")) {
            ReadProblem problem = read(badInput(file)).onlyProblem();
            assertEquals(file, problem.name());
            assertTrue(problem.skipped());
            assertTrue(problem.message().contains("nothing to extract"), problem.message());
            assertFalse(problem.describe().contains("\n"));
        }
    }

    @Test
    void binaryIsRefusedAsNotText() throws IOException {
        ReadProblem image = read(badInput("image.txt")).onlyProblem();
        assertTrue(image.message().startsWith("not text"), image.message());
        byte[] random = Files.readAllBytes(badInput("random.bin"));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> reader.fromBytes("random.bin", random));
        assertTrue(e.getMessage().startsWith("random.bin: not text"), e.getMessage());
        ReadProblem explicit = read(badInput("random.bin")).onlyProblem();
        assertTrue(explicit.message().contains("unsupported file type"), explicit.message());
    }

    @Test
    void latin1FallsBackToWindows1252() {
        String text = read(badInput("latin1.txt")).only().text();
        assertTrue(text.startsWith("Café owners in Zürich"), text);
        assertFalse(text.contains("Ã"));
    }

    @Test
    void byteOrderMarkIsDropped() {
        Source source = read(badInput("utf8-bom.txt")).only();
        assertTrue(source.text().startsWith("US forces"), source.text());
    }

    @Test
    void crlfBecomesNewline() {
        Source source = read(badInput("crlf.txt")).only();
        assertEquals("Headline about Basra\n\nProtesters gathered in Basra on Friday, police said.", source.text());
    }

    @Test
    void nulAndControlCharactersAreRemoved() {
        assertEquals("The ministry said that talks in Erbil would resume.", read(badInput("nul-bytes.txt")).only().text());
        String text = read(badInput("control-chars.txt")).only().text();
        assertClean(text);
        assertTrue(text.startsWith("The ministry said"), text);
        assertTrue(text.endsWith("would resume."), text);
        assertFalse(text.contains("[31m"), "terminal escape sequence removed");
    }

    @Test
    void brokenHtmlGivesHeadlineAndTwoParagraphs() {
        Source source = read(badInput("broken.html")).only();
        String[] paragraphs = source.text().split("\n\n");
        assertEquals(3, paragraphs.length, source.text());
        assertEquals("Strike reported near Kirkuk", paragraphs[0]);
        assertTrue(paragraphs[1].startsWith("A drone strike hit a checkpoint"));
        assertTrue(paragraphs[2].startsWith("The group denied"));
        assertFalse(source.text().contains("not content"));
        assertFalse(source.text().contains("Home | World"));
        assertFalse(source.text().contains("Subscribe"));
        assertEquals(Optional.of("Strike reported near Kirkuk"), source.title());
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflow() {
        assertEquals("Officials in Najaf said the shrine reopened.", read(badInput("deep.html")).only().text());
    }

    @Test
    void jsonlReadsGoodLinesAndReportsBadOnesByNumber() {
        Outcome outcome = read(badInput("mixed.jsonl"));
        assertEquals(List.of("mixed.jsonl#1", "mixed.jsonl#4"), outcome.sources().stream().map(Source::name).toList());
        Source first = outcome.sources().get(0);
        assertEquals(Optional.of("https://news.example/a1"), first.url());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 4)), first.published());
        assertEquals(Optional.empty(), outcome.sources().get(1).published());
        List<ReadProblem> skipped = outcome.problems().stream().filter(ReadProblem::skipped).toList();
        assertEquals(List.of("mixed.jsonl#2", "mixed.jsonl#3"), skipped.stream().map(ReadProblem::name).toList());
        assertTrue(skipped.get(0).message().contains("line 2"));
        assertTrue(skipped.get(1).message().contains("line 3"));
        List<ReadProblem> warnings = outcome.problems().stream().filter(p -> !p.skipped()).toList();
        assertEquals(1, warnings.size());
        assertEquals("mixed.jsonl#4", warnings.get(0).name());
    }

    @Test
    void arabicMixedTextIsKept() {
        String text = read(badInput("arabic-mixed.txt")).only().text();
        assertTrue(text.contains("The Iraqi government spokesman said talks would resume in Baghdad."));
        assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
    }

    @Test
    void everyReadableBadInputIsClean() {
        Outcome outcome = read(badInput("crlf.txt").getParent());
        assertTrue(outcome.sources().size() >= 10);
        for (Source source : outcome.sources()) {
            assertClean(source.text());
            assertEquals(ContentHash.of(source.text()), source.contentHash());
        }
        for (ReadProblem problem : outcome.problems())
            assertFalse(problem.describe().contains("\n"));
    }

    // --- behaviour on documents written for these tests ---

    @Test
    void directoriesAreReadRecursivelyInNameOrder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/z.txt"), "Zeta text.");
        Files.writeString(dir.resolve("b/a.md"), "# Alpha\n\nAlpha text with a [link](https://example.org/x).");
        Files.writeString(dir.resolve("a.txt"), "First text.");
        Files.writeString(dir.resolve("notes.pdf"), "ignored");
        Files.writeString(dir.resolve(".hidden.txt"), "ignored");
        Outcome outcome = read(dir);
        assertEquals(List.of("a.txt", "b/a.md", "b/inner/z.txt"), outcome.sources().stream().map(Source::name).toList());
        assertTrue(outcome.problems().isEmpty());
        assertEquals("Alpha\n\nAlpha text with a link.", outcome.sources().get(1).text());
    }

    @Test
    void oversizedFilesAreRefusedInOneLine(@TempDir Path dir) throws IOException {
        SourceReader small = new SourceReader(100);
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(100));
        List<ReadProblem> problems = new ArrayList<>();
        small.read(big, s -> { throw new AssertionError("no source expected"); }, problems::add);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("too large"), problems.get(0).message());
        assertThrows(UnreadableSourceException.class, () -> small.fromBytes("big.txt", "x".repeat(101).getBytes()));
    }

    @Test
    void missingAndUnsupportedFilesAreReported(@TempDir Path dir) throws IOException {
        assertTrue(read(dir.resolve("nope.txt")).onlyProblem().message().contains("no such file"));
        Path pdf = dir.resolve("paper.pdf");
        Files.writeString(pdf, "text");
        assertTrue(read(pdf).onlyProblem().message().contains("unsupported file type"));
    }

    @Test
    void htmlMainContentAndMetadata() {
        String html = """
                <!doctype html><html><head>
                <title>Page title | Example News</title>
                <meta property="og:title" content="Flood waters recede in the delta">
                <link rel="canonical" href="https://news.example/floods">
                <meta property="article:published_time" content="2023-05-06T08:00:00+03:00">
                <style>.x{color:red}</style></head>
                <body><header><a href="/">Example News</a><nav><a>World</a><a>Sport</a></nav></header>
                <main><article><h1>Flood waters recede in the delta</h1>
                <p>Water levels fell   on Friday,
                officials said.</p><p>Farmers began<br>returning home.</p>
                <aside>Related: other stories</aside><script>track()</script>
                <form><input name="email"><p>Sign up</p></form></article></main>
                <footer>Copyright Example</footer></body></html>
                """;
        Source source = reader.fromBytes("floods.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Flood waters recede in the delta\n\nWater levels fell on Friday, officials said.\n\n"
                + "Farmers began\nreturning home.", source.text());
        assertEquals(Optional.of("Flood waters recede in the delta"), source.title());
        assertEquals(Optional.of("https://news.example/floods"), source.url());
        assertEquals(Optional.of(LocalDate.of(2023, 5, 6)), source.published());
    }

    @Test
    void htmlWithoutMainUsesBodyAndTimeElement() {
        String html = "<html><head><title>Market report</title></head><body><div class=menu><nav>Home</nav></div>"
                + "<div><h2>Prices steady</h2><time datetime=\"2022-11-30\">30 November</time>"
                + "<p>Grain prices held steady.</p></div></body></html>";
        Source source = reader.fromBytes("market.htm", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Prices steady\n\n30 November\n\nGrain prices held steady.", source.text());
        assertEquals(Optional.of(LocalDate.of(2022, 11, 30)), source.published());
        assertEquals(Optional.of("Market report"), source.title());
    }

    @Test
    void utf16WithByteOrderMarkAndCarriageReturns() {
        byte[] utf16 = "\uFEFFTalks resumed.\rThey ended.".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Talks resumed.\nThey ended.", reader.fromBytes("x.txt", utf16).text());
    }

    @Test
    void decomposedCharactersAreComposed() {
        String text = reader.fromBytes("x.txt", "Zu\u0308rich".getBytes(StandardCharsets.UTF_8)).text();
        assertEquals("Zürich", text);
    }
}
