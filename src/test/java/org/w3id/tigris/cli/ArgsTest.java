package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static Args parse(String... argv) {
        return Args.parse(List.of(argv), Set.of("store", "base", "port"), Set.of("localhost"));
    }

    @Test
    void optionsAndPathsMixInAnyOrder() {
        Args a = parse("notes", "--store", "kb", "--base=http://ex.org", "more/", "--localhost");
        assertEquals("kb", a.required("store"));
        assertEquals(Optional.of("http://ex.org"), a.value("base"));
        assertTrue(a.flag("localhost"));
        assertEquals(List.of("notes", "more/"), a.positional());
        assertFalse(a.help());
    }

    @Test
    void doubleDashEndsOptions() {
        assertEquals(List.of("--store"), parse("--", "--store").positional());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertEquals("unknown option --stor", assertThrows(UsageException.class, () -> parse("--stor", "x")).getMessage());
        assertEquals("--store needs a value", assertThrows(UsageException.class, () -> parse("--store")).getMessage());
        assertThrows(UsageException.class, () -> parse("--store", "a", "--store", "b"));
        assertThrows(UsageException.class, () -> parse("--localhost=yes"));
        assertEquals("--store is required", assertThrows(UsageException.class, () -> parse().required("store")).getMessage());
    }

    @Test
    void numbersAreCheckedAgainstTheirRange() {
        assertEquals(Optional.of(8080), parse("--port", "8080").integer("port", 0, 65535));
        assertThrows(UsageException.class, () -> parse("--port", "http").integer("port", 0, 65535));
        assertThrows(UsageException.class, () -> parse("--port", "70000").integer("port", 0, 65535));
    }

    @Test
    void helpIsAlwaysKnown() {
        assertTrue(parse("--help").help());
        assertTrue(parse("-h").help());
        assertTrue(parse().isEmpty());
    }
}
