package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aFileGivesUserAndPassword() throws Exception {
        Path file = Files.writeString(dir.resolve("auth"), "# the admin\n\nkeeper: two words:and colon\n");
        assertEquals(new AdminCredentials("keeper", "two words:and colon"), AdminCredentials.fromFile(file));
        Path bare = Files.writeString(dir.resolve("bare"), "only-a-password\n");
        assertEquals(new AdminCredentials("admin", "only-a-password"), AdminCredentials.fromFile(bare));
        Path empty = Files.writeString(dir.resolve("empty"), "# nothing\n");
        assertThrows(IllegalArgumentException.class, () -> AdminCredentials.fromFile(empty));
    }

    @Test
    void theEnvironmentIsTheFallbackAndThereIsNoDefault() throws Exception {
        assertEquals(Optional.empty(), AdminCredentials.resolve(Optional.empty(), Map.of()));
        assertEquals(Optional.empty(), AdminCredentials.fromEnvironment(Map.of("TIGRIS_ADMIN_PASSWORD", "")));
        assertEquals(Optional.of(new AdminCredentials("admin", "pw")),
                AdminCredentials.resolve(Optional.empty(), Map.of("TIGRIS_ADMIN_PASSWORD", "pw")));
        assertEquals(Optional.of(new AdminCredentials("ops", "pw")),
                AdminCredentials.fromEnvironment(Map.of("TIGRIS_ADMIN_PASSWORD", "pw", "TIGRIS_ADMIN_USER", "ops")));
        Path file = Files.writeString(dir.resolve("auth"), "root:file-pw\n");
        assertEquals("file-pw", AdminCredentials.resolve(Optional.of(file), Map.of("TIGRIS_ADMIN_PASSWORD", "pw"))
                .orElseThrow().password());
    }

    @Test
    void thePasswordStaysOutOfLogs() {
        assertFalse(new AdminCredentials("admin", "hunter2").toString().contains("hunter2"));
    }

    @Test
    void onlyPingTheServerDescriptionAndValidatorsAreOpen() {
        assertTrue(AdminGate.isPublic("/$/ping", "GET"));
        assertTrue(AdminGate.isPublic("/$/server", "GET"));
        assertFalse(AdminGate.isPublic("/$/server", "POST"));
        assertTrue(AdminGate.isPublic("/$/validate/query", "POST"));
        assertFalse(AdminGate.isPublic("/$/metrics", "GET"));
        assertFalse(AdminGate.isPublic("/$/datasets", "GET"));
        assertFalse(AdminGate.isPublic("/$/compact/kg", "POST"));
    }
}
