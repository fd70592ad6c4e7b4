package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
    private final NameNormalizer normalizer = new NameNormalizer(Map.of("muhammad", "mohammed", "hizballah", "hezbollah"));

    @Test
    void transliterationVariantsShareAKey() {
        assertEquals(normalizer.wordKey("Qasem"), normalizer.wordKey("Qassem"));
        assertEquals(normalizer.wordKey("Qasem"), normalizer.wordKey("Ghasem"));
        assertEquals(normalizer.wordKey("Hezbollah"), normalizer.wordKey("Hizbullah"));
        assertEquals(normalizer.wordKey("Hezbollah"), normalizer.wordKey("Hizballah"));
        assertEquals(normalizer.wordKey("Kataib"), normalizer.wordKey("Kata'ib"));
        assertEquals(normalizer.wordKey("Kataib"), normalizer.wordKey("Kataeb"));
        assertEquals(normalizer.wordKey("Asad"), normalizer.wordKey("Assad"));
        assertEquals(normalizer.wordKey("Mousavi"), normalizer.wordKey("Musavi"));
        assertEquals(normalizer.wordKey("Muhammad"), normalizer.wordKey("Mohammed"));
        assertEquals(normalizer.wordKey("Erdoğan"), normalizer.wordKey("Erdogan"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(normalizer.wordKey("Hassan"), normalizer.wordKey("Hussein"));
        assertNotEquals(normalizer.wordKey("Iran"), normalizer.wordKey("Iraq"));
        assertNotEquals(normalizer.wordKey("Basra"), normalizer.wordKey("Busra"));
    }

    @Test
    void shortWordsAreNotFolded() {
        assertEquals("us", normalizer.wordKey("US"));
        assertEquals("al", normalizer.wordKey("Al"));
    }

    @Test
    void foldDropsDiacriticsApostrophesAndDots() {
        assertEquals("Kataib", NameNormalizer.fold("Kata’ib"));
        assertEquals("US", NameNormalizer.fold("U.S."));
        assertEquals("Sanliurfa", NameNormalizer.fold("Şanlıurfa"));
    }

    @Test
    void slugIsReadableAndCanonical() {
        assertEquals("mohammed-al-kawtharani", normalizer.slug(List.of("Muhammad", "al", "Kawtharani")));
        assertEquals("saad-al-muttalibi", normalizer.slug(List.of("Saad", "Al", "Muttalibi")));
        assertEquals("x", normalizer.slug(List.of("’")));
    }
}
