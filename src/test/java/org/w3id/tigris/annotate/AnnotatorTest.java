package org.w3id.tigris.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Boilerplate;
import org.w3id.tigris.segment.Segmentation;

class AnnotatorTest {
    private static AnnotationModels models;
    private static Annotator annotator;

    @BeforeAll
    static void loadModels() {
        models = AnnotationModels.load();
        annotator = new Annotator(models);
    }

    private static List<Sentence> all(String text) {
        return annotator.sentences(text, 0, text.length());
    }

    private static List<String> words(Sentence sentence) {
        return sentence.tokens().stream().map(Token::text).collect(Collectors.toList());
    }

    private static Token token(List<Sentence> sentences, String text) {
        return sentences.stream().flatMap(s -> s.tokens().stream())
                .filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text));
    }

    private static void assertOffsetsTrue(String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertTrue(s.begin() >= previousEnd && s.begin() < s.end() && s.end() <= text.length(), "sentence span");
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.begin(), t.end()), t.text(), "token text is its substring");
                assertTrue(t.begin() >= s.begin() && t.end() <= s.end(), "token inside its sentence");
                assertFalse(t.text().isBlank());
            }
            previousEnd = s.end();
        }
    }

    @Test
    void headlineWithoutPeriodIsItsOwnSentence() {
        String text = "Floods cut the road between two mountain towns\n"
                + "Heavy rain washed away a bridge on Tuesday. Villagers said help was slow to arrive.";
        List<Sentence> sentences = all(text);
        assertEquals(3, sentences.size());
        assertEquals("Floods cut the road between two mountain towns", sentences.get(0).text(text));
        assertEquals("Heavy rain washed away a bridge on Tuesday.", sentences.get(1).text(text));
        assertOffsetsTrue(text, sentences);
    }

    @Test
    void offsetsStayTrueWithTypographicQuotesAndPossessives() {
        String text = "The council\u2019s chair said \u201Cthe plan is dead\u201D and the mayor\u2019s aide wasn\u2019t told.";
        List<Sentence> sentences = all(text);
        assertEquals(1, sentences.size());
        assertOffsetsTrue(text, sentences);
        List<String> words = words(sentences.get(0));
        assertTrue(words.containsAll(List.of("council", "\u2019s", "\u201C", "the", "dead", "\u201D", "mayor", "was", "n\u2019t")),
                words.toString());
        Token possessive = token(sentences, "\u2019s");
        assertEquals("PART", possessive.pos());
        assertEquals("PUNCT", token(sentences, "\u201C").pos());
        assertEquals("not", token(sentences, "n\u2019t").lemma());
    }

    @Test
    void asciiQuotesAndContractionsAreSplit() {
        String text = "Officials called it \"a clear violation\" and said it's 'unacceptable'.";
        List<Sentence> sentences = all(text);
        List<String> words = words(sentences.get(0));
        assertTrue(words.containsAll(List.of("\"", "a", "violation", "it", "'s", "'", "unacceptable")), words.toString());
        Token is = token(sentences, "'s");
        assertEquals("AUX", is.pos());
        assertEquals("be", is.lemma());
        assertOffsetsTrue(text, sentences);
    }

    @Test
    void universalDependenciesTagsAndLemmas() {
        String text = "Rebels killed 12 soldiers in the northern province of Sindoria on Monday.";
        List<Sentence> sentences = all(text);
        Token killed = token(sentences, "killed");
        assertEquals("VERB", killed.pos());
        assertEquals("kill", killed.lemma());
        assertEquals("soldier", token(sentences, "soldiers").lemma());
        assertEquals("NUM", token(sentences, "12").pos());
        assertEquals("ADP", token(sentences, "in").pos());
        assertEquals("DET", token(sentences, "the").pos());
        assertEquals("PROPN", token(sentences, "Sindoria").pos());
        assertEquals("sindoria", token(sentences, "Sindoria").lemma());
        assertEquals("PUNCT", token(sentences, ".").pos());
        sentences.forEach(s -> s.tokens().forEach(t -> {
            assertFalse(t.pos().contains("+"), "one UD tag per token");
            assertEquals(t.lemma().toLowerCase(), t.lemma(), "lemmas are lower case");
        }));
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "The talks resumed on Feb. 7, 2024 in the capital. Gen. Harlow said they went well.";
        List<Sentence> sentences = all(text);
        assertEquals(2, sentences.size(), sentences.stream().map(s -> s.text(text)).toList().toString());
        assertTrue(sentences.get(1).text(text).startsWith("Gen. Harlow"));
    }

    @Test
    void hardWrappedLinesAreOneSentence() {
        String text = "The minister said on Tuesday that the new border crossing\nwould open next month.\nTraders welcomed it.";
        List<Sentence> sentences = all(text);
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).text(text).endsWith("open next month."));
        assertOffsetsTrue(text, sentences);
    }

    @Test
    void rangeOffsetsPointIntoTheWholeText() {
        String text = "Ignore this part. Storms hit the coast. Ignore this too.";
        int begin = text.indexOf("Storms");
        int end = text.indexOf(" Ignore this too");
        List<Sentence> sentences = annotator.sentences(text, begin, end);
        assertEquals(1, sentences.size());
        assertEquals("Storms hit the coast.", sentences.get(0).text(text));
        assertOffsetsTrue(text, sentences);
        assertTrue(annotator.sentences(text, 5, 5).isEmpty());
        assertTrue(annotator.sentences("   \n\n  ", 0, 7).isEmpty());
    }

    @Test
    void runOnTextIsCutIntoBoundedPieces() {
        String text = "word ".repeat(1000).trim();
        List<Sentence> sentences = all(text);
        assertTrue(sentences.size() >= 5);
        sentences.forEach(s -> assertTrue(s.tokens().size() <= 200));
        assertEquals(1000, sentences.stream().mapToInt(s -> s.tokens().size()).sum());
        assertOffsetsTrue(text, sentences);
    }

    @Test
    void annotateSkipsBoilerplateAndKickerAndPutsHeadlineFirst() {
        String kicker = "Regional politics";
        String headline = "Parliament approves new budget after long debate";
        String body = "Lawmakers voted 120 to 80 in favour of the budget on Sunday.";
        String promo = "Sign up for our newsletter.";
        String rest = "The opposition said it would appeal to the courts.";
        String text = kicker + "\n" + headline + "\n\n" + body + "\n\n" + promo + "\n\n" + rest + "\n";
        int hb = text.indexOf(headline);
        int he = hb + headline.length();
        int bb = text.indexOf(body);
        int pb = text.indexOf(promo);
        Article article = new Article(0, text.length() - 1, hb, he, bb, Optional.empty());
        Segmentation seg = new Segmentation(List.of(article),
                List.of(new Boilerplate(pb, pb + promo.length(), "newsletter")), Optional.empty(), List.of());
        List<AnnotatedArticle> annotated = annotator.annotate(text, seg);
        assertEquals(1, annotated.size());
        List<Sentence> sentences = annotated.get(0).sentences();
        assertEquals(List.of(headline, body, rest), sentences.stream().map(s -> s.text(text)).toList());
        assertTrue(annotated.get(0).inHeadline(sentences.get(0)));
        assertFalse(annotated.get(0).inHeadline(sentences.get(1)));
        assertOffsetsTrue(text, sentences);
    }

    @Test
    void modelVersionsAreExposed() {
        assertEquals(4, models.versions().size());
        assertTrue(models.versions().stream().anyMatch(v -> v.contains("pos")));
        assertTrue(models.toolkitVersion().startsWith("2."));
    }
}
