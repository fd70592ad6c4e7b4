package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordScannerTest {
    private final WordScanner scanner = new WordScanner(new NameNormalizer(Map.of()));

    private List<String> surfaces(String text) {
        return scanner.scan(text).stream().map(Word::surface).toList();
    }

    private List<Word.Gap> gaps(String text) {
        return scanner.scan(text).stream().map(Word::gapBefore).toList();
    }

    @Test
    void possessiveIsLeftOutAndMarked() {
        assertEquals(List.of("Iraq", "foreign", "ministry"), surfaces("Iraq's foreign ministry"));
        assertEquals(List.of(Word.Gap.START, Word.Gap.POSSESSIVE, Word.Gap.SPACE), gaps("Iraq’s foreign ministry"));
        assertEquals(List.of("Israel", "Use"), surfaces("Israel’S Use"));
    }

    @Test
    void apostrophesInsideNamesJoin() {
        assertEquals(List.of("Kata'ib", "Hizbullah"), surfaces("Kata'ib Hizbullah"));
        assertEquals("Kataib", scanner.scan("Kata’ib").get(0).folded());
    }

    @Test
    void initialismsAreOneWord() {
        List<Word> words = scanner.scan("the U.S.-led coalition");
        assertEquals(List.of("the", "U.S.", "led", "coalition"), words.stream().map(Word::surface).toList());
        assertEquals("US", words.get(1).folded());
        assertEquals(Word.Gap.HYPHEN, words.get(2).gapBefore());
    }

    @Test
    void hyphensJoinButSpacedDashesBreak() {
        assertEquals(List.of(Word.Gap.START, Word.Gap.HYPHEN), gaps("al-Sudani"));
        assertEquals(List.of(Word.Gap.START, Word.Gap.BREAK), gaps("Erbil - Iraq"));
        assertEquals(List.of(Word.Gap.START, Word.Gap.BREAK), gaps("Baghdad, Iraq"));
    }

    @Test
    void initialsAndBracketsDoNotBreakANameButSentencesDo() {
        assertEquals(List.of(Word.Gap.START, Word.Gap.SPACE, Word.Gap.SPACE), gaps("Alissa J. Rubin"));
        assertEquals(List.of(Word.Gap.START, Word.Gap.SPACE), gaps("[Iraqi] government"));
        assertEquals(List.of(Word.Gap.START, Word.Gap.BREAK), gaps("Basra. Officials"));
    }

    @Test
    void wordsWrittenTogetherAreSplit() {
        assertEquals(List.of("Iraq", "Al", "Assad"), surfaces("IraqAl Assad"));
        assertEquals(List.of("McGurk"), surfaces("McGurk"));
        assertEquals(List.of("DoD"), surfaces("DoD"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "xx Kataib Hezbollah's base";
        for (Word w : scanner.scan(text, 3, text.length())) {
            assertEquals(w.surface(), text.substring(w.begin(), w.end()));
        }
    }
}
