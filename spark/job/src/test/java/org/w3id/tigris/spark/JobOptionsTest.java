package org.w3id.tigris.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void optionsAndInputsInAnyOrder() {
        JobOptions o = JobOptions.parse(new String[] {"in1", "--out", "o", "--format", "Parquet", "in2",
                "--base", "https://example.org/kg", "--partitions", "8"});
        assertEquals(List.of("in1", "in2"), o.inputs());
        assertEquals("o", o.out());
        assertEquals(InputFormat.PARQUET, o.format());
        assertEquals("https://example.org/kg", o.base());
        assertEquals(Optional.of(8), o.partitions());
    }

    @Test
    void defaults() {
        JobOptions o = JobOptions.parse(new String[] {"--out", "o", "in"});
        assertEquals(InputFormat.FILES, o.format());
        assertEquals("http://localhost:3030", o.base());
        assertEquals(Optional.empty(), o.partitions());
    }

    @Test
    void mistakesAreSaid() {
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"in"}));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--out", "o"}));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--out", "o", "--format", "csv", "in"}));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--out", "o", "--partitions", "0", "in"}));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"--out", "o", "--colour", "in"}));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(new String[] {"in", "--out"}));
    }
}
