package org.w3id.tigris.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.load();

    @Test
    void aCountrysDemonymsAreFoundByItsNamesKey() {
        assertTrue(LEXICON.demonymsOf(DocumentView.norm("Iraq")).contains("Iraqi"));
        assertTrue(LEXICON.demonymsOf(DocumentView.norm("The Iraq")).contains("Iraqi"), "the key drops the article");
        assertEquals(List.of(), LEXICON.demonymsOf(DocumentView.norm("Atlantis")));
    }

    @Test
    void theIndexHoldsExactlyWhatAWalkOfEveryDemonymFinds() {
        Set<String> countries = new HashSet<>(LEXICON.demonyms.values());
        for (String country : countries) {
            String key = DocumentView.norm(country);
            List<String> walked = new ArrayList<>();
            LEXICON.demonyms.forEach((demonym, c) -> {
                if (DocumentView.norm(c).equals(key))
                    walked.add(demonym);
            });
            assertEquals(new HashSet<>(walked), new HashSet<>(LEXICON.demonymsOf(key)), country);
            assertEquals(walked.size(), LEXICON.demonymsOf(key).size(), country);
        }
    }

    @Test
    void namesAreKeyedWithoutAccentsCasePunctuationOrArticle() {
        assertEquals("cote divoire", DocumentView.norm("Côte d’Ivoire"));
        assertEquals("us central command", DocumentView.norm("the U.S. Central Command"));
        assertEquals("democratic republic of the congo", DocumentView.norm("  Democratic Republic of the Congo "));
    }
}
