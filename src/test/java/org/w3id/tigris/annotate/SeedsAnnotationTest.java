package org.w3id.tigris.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.read.ReadProblem;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.read.SourceReader;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Boilerplate;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.segment.Segmenter;

/** Read, segment and annotate the project's seed documents and check the offset contract. */
class SeedsAnnotationTest {
    private static final Path SEEDS = Path.of("seeds");

    private static List<Source> sources;
    private static Annotator annotator;
    private static Segmenter segmenter;

    @BeforeAll
    static void setUp() {
        sources = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        new SourceReader().read(SEEDS, sources::add, problems::add);
        assertTrue(problems.isEmpty(), problems.toString());
        annotator = new Annotator(AnnotationModels.load());
        segmenter = new Segmenter();
    }

    @Test
    void allFiveSeedsAreRead() {
        assertEquals(5, sources.size());
        sources.forEach(s -> assertTrue(s.name().endsWith(".txt") && !s.name().contains("/"), s.name()));
    }

    @Test
    void sentencesAndTokensKeepTheOffsetContract() {
        for (Source source : sources) {
            String text = source.text();
            Segmentation seg = segmenter.segment(source);
            assertFalse(seg.articles().isEmpty(), source.name());
            List<AnnotatedArticle> annotated = annotator.annotate(text, seg);
            assertEquals(seg.articles().size(), annotated.size());
            int sentences = 0;
            for (AnnotatedArticle aa : annotated) {
                Article article = aa.article();
                for (Sentence s : aa.sentences()) {
                    sentences++;
                    assertTrue(s.begin() >= article.begin() && s.end() <= article.end(),
                            source.name() + ": sentence inside its article");
                    for (Boilerplate b : seg.boilerplate())
                        assertFalse(s.begin() < b.end() && b.begin() < s.end(),
                                source.name() + ": sentence in boilerplate (" + b.reason() + "): " + s.text(text));
                    assertFalse(s.tokens().isEmpty());
                    for (Token t : s.tokens()) {
                        assertEquals(text.substring(t.begin(), t.end()), t.text());
                        assertTrue(t.begin() >= s.begin() && t.end() <= s.end());
                        assertFalse(t.pos().isBlank());
                        assertFalse(t.lemma().isBlank());
                    }
                }
                if (article.hasHeadline() && !aa.sentences().isEmpty())
                    assertTrue(aa.inHeadline(aa.sentences().get(0)), "headline first");
            }
            assertTrue(sentences > 5, source.name());
        }
    }

    @Test
    void pageDatesAndIndexItemsAreFound() {
        for (Source source : sources) {
            Segmentation seg = segmenter.segment(source);
            switch (source.name().substring(0, 3)) {
                case "002" -> {
                    assertTrue(seg.articles().size() >= 8, "index page items");
                    assertTrue(seg.articles().stream().allMatch(a -> a.date().isPresent()), "each item dated by its byline");
                    assertEquals(Optional.empty(), seg.published());
                }
                case "003" -> assertEquals(Optional.of(LocalDate.of(2024, 2, 8)), seg.published());
                case "004" -> assertEquals(Optional.of(LocalDate.of(2023, 11, 22)), seg.published());
                default -> assertTrue(seg.articles().size() >= 8, "index page items");
            }
        }
    }
}
