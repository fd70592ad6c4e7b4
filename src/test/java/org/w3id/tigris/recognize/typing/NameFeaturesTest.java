package org.w3id.tigris.recognize.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameFeaturesTest {
    private final NameFeatures features = new NameFeatures(
            w -> w.equals("radio") ? Optional.of("Organization") : Optional.empty());

    @Test
    void contextStopsAtTheSentencesEdge() {
        String text = "Shelling went on. Fighting in North Kivu displaced thousands, officials said.";
        int begin = text.indexOf("North Kivu");
        NameInContext n = NameInContext.in(text, begin, begin + "North Kivu".length(), 0, text.length());
        assertEquals(List.of("North", "Kivu"), n.words());
        assertEquals(List.of("fighting", "in"), n.before(), "nothing of the sentence before");
        assertEquals(List.of("displaced", "thousands", ","), n.after());
    }

    @Test
    void theNamesWordsHeadShapeAndNeighboursAreFeatures() {
        String text = "Ahmed Barre said on Monday.";
        Set<String> f = Set.of(features.of(NameInContext.in(text, 0, 11, 0, text.length())));
        assertTrue(f.containsAll(Set.of("first=ahmed", "last=barre", "len=2", "shape=Xx Xx", "a1=said", "speaks")),
                f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("b1=")), "nothing before the name");
    }

    @Test
    void hyphenatedWordsAndParticlesAreSplitAndDiacriticsFolded() {
        Set<String> f = Set.of(features.of(NameInContext.bare("Mohammed Shia' al-Sūdani")));
        assertTrue(f.containsAll(Set.of("w=al", "last=sudani", "hyphen", "last2=al_sudani")), f.toString());
    }

    @Test
    void aCueWordAnywhereInTheNameGivesItsType() {
        Set<String> f = Set.of(features.of(NameInContext.bare("Radio Okapi")));
        assertTrue(f.containsAll(Set.of("cue=Organization", "firstcue=Organization")), f.toString());
        Set<String> none = Set.of(features.of(NameInContext.bare("Okapi Hamza")));
        assertTrue(none.stream().noneMatch(s -> s.contains("cue=")), none.toString());
    }

    @Test
    void aPossessiveAndADigitAreMarked() {
        Set<String> f = Set.of(features.of(NameInContext.bare("Sudan People's Liberation Movement")));
        assertTrue(f.contains("possessive"), f.toString());
        assertTrue(Set.of(features.of(NameInContext.bare("Ministry of Oil"))).contains("headof=ministry"));
        assertTrue(Set.of(features.of(NameInContext.bare("Light Infantry Battalion 99"))).contains("digit"));
    }
}
