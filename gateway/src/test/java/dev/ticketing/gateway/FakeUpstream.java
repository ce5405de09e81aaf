package dev.ticketing.gateway;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A stand-in for ticket-service: a Vert.x HTTP server on a free port that records the last request it received
 * and answers with the status asked in {@code X-Fake-Status}. {@code /api/v1/tickets/slow} answers after 4 s,
 * {@code /q/openapi} serves a small document. Points {@code ticketing.routes.ticket-service.url} at itself.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {

    /** What the upstream received. */
    public record Received(String method, String uri, MultiMap headers, String body) {
    }

    public static final AtomicReference<Received> LAST = new AtomicReference<>();

    static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"ticket-service","version":"1"},
             "tags":[{"name":"Tickets","description":"Tickets"}],
             "paths":{"/api/v1/tickets":{"get":{"tags":["Tickets"],"summary":"List tickets",
               "responses":{"200":{"description":"OK"}}}}},
             "components":{"schemas":{"Ticket":{"type":"object","properties":{"id":{"type":"string"}}}}}}""";

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer().requestHandler(request -> {
                if (request.path().equals("/q/openapi")) {
                    request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
                    return;
                }
                request.body().onSuccess(body -> {
                    LAST.set(new Received(request.method().name(), request.uri(),
                            MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.toString()));
                    String status = request.getHeader("X-Fake-Status");
                    Runnable answer = () -> request.response()
                            .setStatusCode(status == null ? 200 : Integer.parseInt(status))
                            .putHeader("Content-Type", "application/json")
                            .putHeader("Server", "fake-upstream/1.0")
                            .putHeader("X-Upstream", "ticket-service")
                            .end("{\"upstream\":\"ticket-service\",\"bodyLength\":" + body.length() + "}");
                    if (request.path().equals("/api/v1/tickets/slow")) {
                        vertx.setTimer(4000, id -> answer.run());
                    } else {
                        answer.run();
                    }
                });
            }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Fake upstream did not start", e);
        }
        return Map.of("ticketing.routes.ticket-service.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
