package dev.ticketing.gateway.routing;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;

/**
 * One circuit breaker per upstream service (Vert.x Circuit Breaker). After
 * {@code ticketing.proxy.circuit-breaker.failure-threshold} consecutive failures of one upstream, the gateway
 * answers 503 at once for {@code ticketing.proxy.circuit-breaker.delay} without calling it, then lets one trial
 * request through (half-open): its success closes the breaker, its failure opens it again. A service may override
 * both with {@code ticketing.routes.<service>.circuit-breaker.failure-threshold} / {@code .delay}; a threshold of
 * 0 disables its breaker.
 *
 * <p>Only connection failures and timeouts count: an upstream that answers, even with a 5xx, is reachable, and its
 * error is passed on to the client unchanged (a 5xx caused by one bad request must not cut every client off).
 * State changes are logged (logger of this class) and exposed as the gauge
 * {@code ticketing_proxy_circuit_breaker_state{upstream}}: 0 closed, 1 half-open, 2 open.
 */
@ApplicationScoped
public class CircuitBreakers {

    /** Failures older than this no longer count towards the threshold. */
    private static final long FAILURE_WINDOW_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Map<String, CircuitBreaker> breakers = new TreeMap<>();
    private final Map<String, Duration> delays = new TreeMap<>();

    CircuitBreakers(Vertx vertx, RoutesConfig routes, MeterRegistry registry,
            @ConfigProperty(name = "ticketing.proxy.circuit-breaker.failure-threshold", defaultValue = "5")
            int defaultThreshold,
            @ConfigProperty(name = "ticketing.proxy.circuit-breaker.delay", defaultValue = "30s")
            Duration defaultDelay) {
        for (Map.Entry<String, RoutesConfig.Upstream> entry : routes.services().entrySet()) {
            String service = entry.getKey();
            int threshold = entry.getValue().circuitBreaker().failureThreshold().orElse(defaultThreshold);
            Duration delay = entry.getValue().circuitBreaker().delay().orElse(defaultDelay);
            if (threshold <= 0) {
                Log.infof("No circuit breaker for %s", service);
                continue;
            }
            CircuitBreaker breaker = CircuitBreaker.create("upstream-" + service, vertx, new CircuitBreakerOptions()
                    .setMaxFailures(threshold)
                    .setResetTimeout(delay.toMillis())
                    .setTimeout(-1) // the proxy has its own timeout, reported as a failure
                    .setFallbackOnFailure(false)
                    .setFailuresRollingWindow(FAILURE_WINDOW_MILLIS)
                    .setNotificationAddress(null)); // no event-bus metrics
            breaker.openHandler(v -> Log.warnf("Circuit breaker for %s open after %d consecutive failures: "
                    + "answering 503 without calling it for %s", service, threshold, delay))
                    .halfOpenHandler(v -> Log.infof("Circuit breaker for %s half-open: one trial request", service))
                    .closeHandler(v -> Log.infof("Circuit breaker for %s closed", service));
            Gauge.builder("ticketing.proxy.circuit.breaker.state", breaker, CircuitBreakers::state)
                    .description("Circuit breaker of an upstream: 0 closed, 1 half-open, 2 open")
                    .tag("upstream", service)
                    .register(registry);
            breakers.put(service, breaker);
            delays.put(service, delay);
        }
    }

    private static double state(CircuitBreaker breaker) {
        return switch (breaker.state()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    /** The breaker of {@code service}, or {@code null} when it has none. */
    CircuitBreaker of(String service) {
        return breakers.get(service);
    }

    /** How long an open breaker of {@code service} stays open, for {@code Retry-After}. */
    long retryAfterSeconds(String service) {
        Duration delay = delays.get(service);
        return delay == null ? 1 : Math.max(1, (delay.toMillis() + 999) / 1000);
    }

    @PreDestroy
    void close() {
        breakers.values().forEach(CircuitBreaker::close);
    }
}
