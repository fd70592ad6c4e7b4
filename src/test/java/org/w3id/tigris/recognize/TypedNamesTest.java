package org.w3id.tigris.recognize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.tigris.recognize.typing.LabelledName;

/**
 * The name typer's examples: people of the world's cultures, and an institution's template no
 * longer most of a type (the Red Cross societies were 2,700 of 3,000 organisations).
 */
class TypedNamesTest {
    private static List<LabelledName> examples;

    @BeforeAll
    static void load() {
        examples = new TypedNames(Gazetteers.load(), 3000).examples();
    }

    private static long count(String type, String source) {
        return examples.stream().filter(e -> e.type().equals(type) && e.source().equals(source)).count();
    }

    @Test
    void halfTheMadePeopleAreOfTheWorldsCultures() {
        long world = count("Person", TypedNames.WORLD_PEOPLE);
        long region = count("Person", TypedNames.MADE_PEOPLE);
        assertTrue(world > 1000 && Math.abs(world - region) <= 1, "world " + world + ", region " + region);
        long people = examples.stream().filter(e -> e.type().equals("Person")).count();
        assertTrue(people <= 3000, "people " + people);
    }

    @Test
    void theWorldsPeopleAreOfManyCulturesEachNameOfOne() {
        List<String> names = examples.stream().filter(e -> e.source().equals(TypedNames.WORLD_PEOPLE))
                .map(e -> e.name().name()).toList();
        // a Slavic surname with a Slavic given name, a Ghanaian with a Ghanaian, never mixed at random
        assertTrue(names.stream().anyMatch(n -> n.matches(".*(ski|ska|ović|ová)$")), names.subList(0, 20).toString());
        assertTrue(names.stream().anyMatch(n -> n.matches("(Nguyễn|Trần|Lê|Phạm|Hoàng) .*")), "Vietnamese names, family name first");
    }

    @Test
    void anInstitutionEveryStateHasIsAFewExamplesNotThousands() {
        long redCross = examples.stream().filter(e -> e.name().name().matches(".*Red (Cross|Crescent).*")).count();
        long organizations = examples.stream().filter(e -> e.type().equals("Organization")).count();
        assertTrue(redCross > 10 && redCross * 2 < organizations, redCross + " Red Cross names of " + organizations);
        long embassies = examples.stream().filter(e -> e.name().name().matches("(?i).*embass.*")).count();
        assertTrue(embassies < 100, embassies + " embassies");
    }
}
