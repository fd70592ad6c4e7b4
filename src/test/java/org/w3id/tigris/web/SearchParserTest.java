package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

/** Search-box input read as a boolean query, or as plain words when it is not one. */
class SearchParserTest {
    private static String lucene(String input) {
        return SearchParser.parse(input).lucene();
    }

    @Test
    void wordsMustAllOccur() {
        assertEquals("(Kataib AND Hezbollah)", lucene("Kataib  Hezbollah"));
        assertEquals("(Kataib AND Hezbollah)", lucene("Kataib AND Hezbollah"));
    }

    @Test
    void operatorsAndParenthesesAreKept() {
        assertEquals("(Iraq OR Basra)", lucene("Iraq OR Basra"));
        assertEquals("((rocket AND attack) OR strike)", lucene("rocket attack OR strike"));
        assertEquals("(rocket AND (Anbar OR Basra))", lucene("rocket (Anbar OR Basra)"));
        assertEquals("(militia AND NOT Hezbollah)", lucene("militia NOT Hezbollah"));
        assertEquals("(militia AND NOT Hezbollah)", lucene("militia -Hezbollah"));
        assertEquals("(\"Ain al\\-Asad\" AND base)", lucene("\"Ain al-Asad\" base"));
    }

    @Test
    void malformedQueriesAreReadAsWords() {
        assertEquals("(Iraq AND or)", lucene("Iraq OR"), "a dangling operator is a word");
        assertEquals("(and AND Iraq)", lucene("AND Iraq"));
        assertEquals("(al\\-Asad AND base)", lucene("al-Asad  (base"), "an unbalanced parenthesis is dropped");
        assertEquals("(not AND Basra)", lucene("NOT Basra"), "nothing but a negation asks for nothing");
        assertEquals("(Iraq AND or AND not AND Basra)", lucene("Iraq OR NOT Basra"));
        assertEquals("(Ain AND al\\-Asad)", lucene("Ain al-Asad\""), "a stray quote starts no phrase");
        assertEquals("claimText\\:withdrawal", lucene("claimText:withdrawal"), "no field syntax from the box");
        assertTrue(SearchParser.parse(" ( ) \" ").isEmpty());
    }

    @Test
    void everyInputIsAValidLuceneQuery() throws ParseException {
        QueryParser parser = new QueryParser("label", new StandardAnalyzer());
        for (String input : new String[] {"Iraq OR", "a AND (b OR", "x)) y", "NOT", "-", "+a -b", "\"a b\" OR \"c",
                "a:b~2^3 [x TO y] {z}", "\\", "AND OR NOT", "a && b || !c", "*", "?x"}) {
            String query = lucene(input);
            if (!query.isEmpty()) {
                parser.parse(query);
            }
        }
    }
}
