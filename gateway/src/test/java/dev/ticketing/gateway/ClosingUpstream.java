package dev.ticketing.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A stand-in for assignment-service whose keep-alive connections die under requests, as a server's idle timeout
 * closing a pooled connection at the moment a request goes out on it does: under {@code /api/v1/assignments/drop},
 * every odd request (counted per path) is received and its connection closed without a response byte; the even
 * ones are answered 200. Under {@code /api/v1/assignments/partial} the status line and headers go out, then the
 * connection is closed. {@link #RECEIVED} counts what arrived, per path.
 */
public class ClosingUpstream implements QuarkusTestResourceLifecycleManager {

    static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();

    private Vertx vertx;

    static int received(String path) {
        return RECEIVED.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server;
        try {
            server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                int n = RECEIVED.computeIfAbsent(request.path(), p -> new AtomicInteger()).incrementAndGet();
                if (request.path().startsWith("/api/v1/assignments/drop") && n % 2 == 1) {
                    request.connection().close();
                } else if (request.path().startsWith("/api/v1/assignments/partial")) {
                    request.response().setChunked(true).putHeader("Content-Type", "application/json")
                            .writeHead();
                    request.response().write("{\"partial\":").onComplete(w -> request.connection().close());
                } else {
                    request.response().putHeader("Content-Type", "application/json")
                            .end("{\"n\":" + n + ",\"body\":" + body.length() + "}");
                }
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Closing upstream did not start", e);
        }
        return Map.of("ticketing.routes.assignment-service.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
