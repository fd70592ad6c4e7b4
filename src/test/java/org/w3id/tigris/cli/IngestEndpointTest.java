package org.w3id.tigris.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.tigris.server.AdminCredentials;
import org.w3id.tigris.server.TigrisServer;

/** {@code tigris ingest --endpoint}: the same files, named the same way, stored by a running server. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class IngestEndpointTest {
    @TempDir
    Path dir;

    @Test
    void theClientSendsADirectoryAndTheServerStoresItUnderTheSameNames() throws Exception {
        Path store = dir.resolve("store");
        Path seeds = Path.of("seeds");
        assertEquals(0, CliRun.of("ingest", "--store", store.toString(), seeds.resolve("000_721ff39a03d0dd9e.txt").toString()).status());
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(seeds.resolve("001_6e4c3134cc37e52f.txt"), in.resolve("one.txt"));
        Files.copy(seeds.resolve("002_ec3f5c0246aec7ad.txt"), dir.resolve("in/two.txt"));
        Files.writeString(dir.resolve("in/empty.txt"), "");
        Path auth = Files.writeString(dir.resolve("auth"), "admin:s3cret\n");

        TigrisServer server = TigrisServer.create().store(store).port(0).loopbackOnly(true)
                .credentials(Optional.of(new AdminCredentials("admin", "s3cret"))).build().start();
        try {
            String url = "http://localhost:" + server.port();
            CliRun refused = CliRun.of("ingest", "--endpoint", url, dir.resolve("in").toString());
            assertEquals(2, refused.status(), refused.err()); // no login: a usage error
            CliRun sent = CliRun.of("ingest", "--endpoint", url, "--auth", auth.toString(), dir.resolve("in").toString());
            assertEquals(1, sent.status(), sent.err()); // empty.txt was refused
            assertTrue(sent.out().contains("2 added"), sent.out());
            assertTrue(sent.err().contains("tigris: skipped empty.txt: nothing to extract"), sent.err());
            List<String> names = Txn.calculateRead(server.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(server.dataset()).query(
                        "SELECT ?n { ?d <https://w3id.org/tigris/ontology#sourceName> ?n } ORDER BY ?n").build()) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> out.add(r.getLiteral("n").getString()));
                    return out;
                }
            });
            assertEquals(List.of("000_721ff39a03d0dd9e.txt", "sub/one.txt", "two.txt"), names);
            CliRun again = CliRun.of("ingest", "--endpoint", url + "/kg/ingest", "--auth", auth.toString(),
                    dir.resolve("in/two.txt").toString());
            assertTrue(again.out().contains("1 unchanged"), again.out());
        } finally {
            server.stop();
        }
    }

}
