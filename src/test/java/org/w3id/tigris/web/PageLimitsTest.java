package org.w3id.tigris.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pages, descriptions and dumps are bounded in time and in number. */
class PageLimitsTest {

    /** A server whose pages have no time at all: every query they would make is out of time. */
    @Test
    void aPageOutOfTimeIsA503ThatSaysSo() {
        PageLimits none = new PageLimits(4, Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO);
        try (TestServer server = new TestServer(SampleGraph.dataset(), Optional.empty(), none)) {
            for (String path : new String[] {"/page/entity/anbar", "/tigris", "/search?q=anbar", "/data/entity/anbar.ttl",
                "/dump.trig", "/dump.nq.gz", "/tigris/table.csv?table=documents"}) {
                HttpResponse<String> response = server.get(path, null);
                assertEquals(503, response.statusCode(), path + ": " + response.body());
                assertTrue(response.body().contains("took longer than"), path + ": " + response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), path);
                assertTrue(response.headers().firstValue("ETag").isEmpty(), path);
            }
        }
    }

    @Test
    void withTimeEnoughThePagesAnswer() {
        PageLimits enough = new PageLimits(1, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30));
        try (TestServer server = new TestServer(SampleGraph.dataset(), Optional.empty(), enough)) {
            for (String path : new String[] {"/page/entity/anbar", "/tigris", "/dump.trig"}) {
                assertEquals(200, server.get(path, null).statusCode(), path);
            }
        }
    }

    /** One slot, no wait: while a page is being built, the next is turned away with Retry-After. */
    @Test
    void beyondTheBoundARequestIsTurnedAway() throws Exception {
        PageGate gate = new PageGate(new PageLimits(1, Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(30)),
                Set.of(), new RequestDeadline(Clock.systemUTC()));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                gate.doFilter(request(), new Recorder().response(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(inside.await(10, TimeUnit.SECONDS));
        Recorder second = new Recorder();
        gate.doFilter(request(), second.response(), (req, res) -> ((HttpServletResponse) res).setStatus(200));
        assertEquals(503, second.status);
        assertTrue(second.headers.containsKey("Retry-After"));
        assertTrue(second.body.toString().contains("busy"), second.body.toString());
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        Recorder third = new Recorder();
        gate.doFilter(request(), third.response(), (req, res) -> ((HttpServletResponse) res).setStatus(200));
        assertEquals(200, third.status);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(PageLimitsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/page/entity/anbar";
                    case "getContextPath" -> "";
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    /** The parts of a response the gate sets. */
    private static final class Recorder {
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body, true);
            return (HttpServletResponse) Proxy.newProxyInstance(PageLimitsTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getWriter" -> {
                                return writer;
                            }
                            case "getOutputStream" -> throw new IllegalStateException("WRITER");
                            case "isCommitted" -> {
                                return false;
                            }
                            default -> {
                            }
                        }
                        return null;
                    });
        }
    }
}
