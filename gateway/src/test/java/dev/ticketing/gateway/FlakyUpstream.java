package dev.ticketing.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A stand-in for notification-service that is down until {@link #up()}: a free port nobody listens on, then a
 * Vert.x server on it that counts the API requests it receives and answers the status asked in
 * {@code X-Fake-Status}. Gives notification-service a circuit breaker of 3 failures and 5 s (long enough for a loaded machine to read the open state).
 */
public class FlakyUpstream implements QuarkusTestResourceLifecycleManager {

    static final int THRESHOLD = 3;
    static final AtomicInteger REQUESTS = new AtomicInteger();

    private static int port;
    private static Vertx vertx;
    private static HttpServer server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
        vertx = Vertx.vertx();
        return Map.of("ticketing.routes.notification-service.url", "http://127.0.0.1:" + port,
                "ticketing.routes.notification-service.circuit-breaker.failure-threshold", String.valueOf(THRESHOLD),
                "ticketing.routes.notification-service.circuit-breaker.delay", "5s");
    }

    /** Starts listening on the upstream's port. */
    static void up() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/api/")) {
                REQUESTS.incrementAndGet();
            }
            String status = request.getHeader("X-Fake-Status");
            request.response().setStatusCode(status == null ? 200 : Integer.parseInt(status))
                    .putHeader("Content-Type", "application/json").end("[]");
        }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
