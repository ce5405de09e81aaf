package dev.ticketing.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** X-Forwarded-* from a peer that is not a trusted proxy never reach the services (a real Vert.x server). */
class ForwardedHeadersTest {

    private static Vertx vertx;
    private static HttpServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        // Only 10.0.0.0/8 is trusted: the test's own 127.0.0.1 is an ordinary client.
        ClientAddress untrusting = new ClientAddress(List.of("10.0.0.0/8"));
        server = vertx.createHttpServer().requestHandler(request -> {
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            untrusting.forwardedHeaders(request, headers);
            request.response().end(headers.get("X-Forwarded-Proto") + "|" + headers.get("X-Forwarded-Host") + "|"
                    + headers.get("X-Forwarded-For"));
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void shouldReplaceForwardedHeadersFromAnUntrustedPeer() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/x"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "6.6.6.6").build();
        String answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString()).body();
        assertEquals("http|127.0.0.1:" + server.actualPort() + "|127.0.0.1", answer);
    }
}
