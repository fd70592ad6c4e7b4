package org.w3id.tigris.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SERVICE calls from the server: none unless listed, and only the listed addresses. */
class ServiceAllowListTest {
    private static final String ONE_ROW = """
            {"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}""";

    private HttpServer remote;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void startRemote() throws Exception {
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = ONE_ROW.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
    }

    @AfterEach
    void stopRemote() {
        remote.stop(0);
    }

    private String remoteUrl(String path) {
        return "http://127.0.0.1:" + remote.getAddress().getPort() + path;
    }

    private static long rows(ServiceAllowList list, String query) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        list.installIn(dataset.getContext());
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            long n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }

    @Test
    void byDefaultNoAddressIsCalled() {
        String query = "SELECT * { SERVICE <" + remoteUrl("/sparql") + "> { ?x ?p ?o } }";
        QueryExecException e = assertThrows(QueryExecException.class, () -> rows(ServiceAllowList.none(), query));
        assertTrue(e.getMessage().contains("SERVICE is off"), e.getMessage());
        String byVariable = "SELECT * { BIND(<" + remoteUrl("/sparql") + "> AS ?s) SERVICE ?s { ?x ?p ?o } }";
        assertThrows(QueryExecException.class, () -> rows(ServiceAllowList.none(), byVariable));
        assertEquals(0, rows(ServiceAllowList.none(),
                "SELECT * { SERVICE SILENT <" + remoteUrl("/sparql") + "> { ?x ?p ?o } }") - 1);
        assertEquals(0, calls.get(), "the remote was called");
    }

    @Test
    void listedAddressesAreCalledOthersNot() {
        ServiceAllowList list = new ServiceAllowList(List.of(remoteUrl("/sparql")));
        assertEquals(1, rows(list, "SELECT * { SERVICE <" + remoteUrl("/sparql") + "> { ?x ?p ?o } }"));
        assertEquals(1, calls.get());
        assertThrows(QueryExecException.class,
                () -> rows(list, "SELECT * { SERVICE <" + remoteUrl("/other") + "> { ?x ?p ?o } }"));
        assertEquals(1, calls.get());
    }

    @Test
    void aPrefixEndsAtAPathBoundary() {
        ServiceAllowList list = new ServiceAllowList(List.of("https://query.example.org/sparql", "https://data.example.net/"));
        assertTrue(list.allows("https://query.example.org/sparql"));
        assertTrue(list.allows("https://query.example.org/sparql?default-graph-uri=x"));
        assertTrue(list.allows("https://data.example.net/any/path"));
        assertFalse(list.allows("https://query.example.org/sparql.evil.example/"));
        assertFalse(list.allows("https://query.example.org/sparqlx"));
        assertFalse(list.allows("https://data.example.net.evil.example/"));
        assertFalse(list.allows("http://127.0.0.1:3030/$/metrics"));
        assertThrows(IllegalArgumentException.class, () -> new ServiceAllowList(List.of("file:///etc/")));
    }
}
