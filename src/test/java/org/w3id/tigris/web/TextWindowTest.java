package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWindowTest {

    private static String sentence(String text, String span) {
        int at = text.indexOf(span);
        TextWindow window = TextWindow.sentence(text, at, at + span.length());
        return text.substring(window.begin(), window.end());
    }

    @Test
    void findsTheSentenceAroundASpan() {
        String text = "The convoy left at dawn. Gunmen attacked it near the bridge. Two drivers fled.";
        assertEquals("Gunmen attacked it near the bridge.", sentence(text, "attacked"));
        assertEquals("The convoy left at dawn.", sentence(text, "The convoy"));
        assertEquals("Two drivers fled.", sentence(text, "fled."));
    }

    @Test
    void abbreviationsBeforeLowerCaseDoNotEndASentence() {
        String text = "Officials said U.S. forces withdrew from the base on Monday. Nothing else happened.";
        assertEquals("Officials said U.S. forces withdrew from the base on Monday.", sentence(text, "withdrew"));
    }

    @Test
    void lineBreaksEndHeadlines() {
        String text = "Drone strike hits depot\n\nA drone struck a weapons depot, the army said.";
        assertEquals("Drone strike hits depot", sentence(text, "depot"));
        assertEquals("A drone struck a weapons depot, the army said.", sentence(text, "army"));
    }

    @Test
    void quotedSentencesKeepTheirClosingQuote() {
        String text = "He said: \"We will not retreat.\" Then he left.";
        assertEquals("He said: \"We will not retreat.\"", sentence(text, "retreat"));
    }

    @Test
    void neighboursWidenTheWindow() {
        String text = "First one. Second one here. Third one.";
        int at = text.indexOf("Second");
        TextWindow wide = TextWindow.sentence(text, at, at + 6).withNeighbours(text);
        assertEquals(text, text.substring(wide.begin(), wide.end()));
    }

    @Test
    void offsetsOutsideTheTextAreClamped() {
        String text = "Short text.";
        TextWindow window = TextWindow.sentence(text, 5, 500);
        assertEquals(0, window.begin());
        assertEquals(text.length(), window.end());
    }

    @Test
    void veryLongSentencesAreCutAtAWord() {
        String text = "word ".repeat(300) + "target " + "word ".repeat(300);
        int at = text.indexOf("target");
        TextWindow window = TextWindow.sentence(text, at, at + 6);
        assertEquals(true, window.end() - window.begin() < 900);
        assertEquals(true, window.begin() <= at && window.end() >= at + 6);
        assertEquals(' ', text.charAt(window.begin() - 1));
    }
}
