package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    private static Args args(String... argv) {
        return Args.parse(List.of(argv), Set.of("store", "port", "auth", "timeout", "max-rows", "public-url"),
                Set.of("localhost"));
    }

    @Test
    void theDefaultStoreGetsTheSeedsWhateverElseIsSaid() {
        assertTrue(ServeCommand.ingestsSeeds(args()));
        assertTrue(ServeCommand.ingestsSeeds(args("--port", "3111")), "serve --port N ingests as bare serve does");
        assertTrue(ServeCommand.ingestsSeeds(args("--localhost", "--public-url", "https://kg.example.org")));
        assertFalse(ServeCommand.ingestsSeeds(args("--store", "elsewhere")));
    }

    @Test
    void servingElsewhereThanTheIrisWereMintedIsWarnedAbout() {
        assertEquals(Optional.empty(), ServeCommand.baseWarning("http://localhost:3030", "http://localhost:3030"));
        assertEquals(Optional.empty(), ServeCommand.baseWarning("https://kg.example.org", "https://kg.example.org/"));
        String warning = ServeCommand.baseWarning("http://localhost:3030", "http://localhost:3111").orElseThrow();
        assertTrue(warning.contains("http://localhost:3030") && warning.contains("--base http://localhost:3111"), warning);
    }
}
