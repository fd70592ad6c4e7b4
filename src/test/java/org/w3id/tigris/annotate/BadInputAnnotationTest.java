package org.w3id.tigris.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** Every readable file of the bad-input corpus goes through segmentation and annotation intact. */
class BadInputAnnotationTest {
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final Map<String, List<String>> SENTENCES = new HashMap<>();

    @BeforeAll
    static void annotateAll() throws URISyntaxException {
        Path dir = Path.of(BadInputAnnotationTest.class.getResource("/bad-input/crlf.txt").toURI()).getParent();
        Annotator annotator = new Annotator(AnnotationModels.load());
        Segmenter segmenter = new Segmenter();
        List<Source> sources = new ArrayList<>();
        new SourceReader().read(dir, sources::add, problem -> { });
        for (Source source : sources) {
            String text = source.text();
            Segmentation seg = segmenter.segment(source);
            List<String> sentences = new ArrayList<>();
            for (AnnotatedArticle article : annotator.annotate(text, seg)) {
                for (Sentence s : article.sentences()) {
                    for (Token t : s.tokens())
                        assertEquals(text.substring(t.begin(), t.end()), t.text(), source.name());
                    sentences.add(s.text(text));
                }
            }
            TEXTS.put(source.name(), text);
            SENTENCES.put(source.name(), sentences);
        }
    }

    @Test
    void brokenHtmlGivesHeadlineAndTwoSentences() {
        assertEquals(List.of("Strike reported near Kirkuk",
                "A drone strike hit a checkpoint near Kirkuk on Sunday, killing two fighters, local officials said.",
                "The group denied any involvement, according to a statement."), SENTENCES.get("broken.html"));
    }

    @Test
    void deepHtmlGivesItsSentence() {
        assertEquals(List.of("Officials in Najaf said the shrine reopened."), SENTENCES.get("deep.html"));
    }

    @Test
    void arabicMixedGivesTheEnglishSentence() {
        assertTrue(SENTENCES.get("arabic-mixed.txt")
                .contains("The Iraqi government spokesman said talks would resume in Baghdad."));
    }

    @Test
    void crlfOffsetsMatchTheStoredText() {
        assertEquals(List.of("Headline about Basra", "Protesters gathered in Basra on Friday, police said."),
                SENTENCES.get("crlf.txt"));
    }

    @Test
    void everyReadableFileYieldsSentences() {
        for (String name : List.of("latin1.txt", "utf8-bom.txt", "nul-bytes.txt", "control-chars.txt",
                "mixed.jsonl#1", "mixed.jsonl#4")) {
            assertFalse(SENTENCES.get(name).isEmpty(), name);
            assertTrue(SENTENCES.get(name).get(0).endsWith("."), name + ": " + SENTENCES.get(name));
        }
        assertTrue(SENTENCES.get("latin1.txt").get(0).startsWith("Café owners in Zürich"));
    }
}
