package dev.ticketing.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The services behind the gateway: {@code ticketing.routes.<service>.url} and {@code .prefixes}. The URL is
 * overridable by environment, e.g. {@code TICKETING_ROUTES_TICKET_SERVICE_URL}.
 */
@ConfigMapping(prefix = "ticketing.routes")
public interface RoutesConfig {

    @WithParentName
    Map<String, Upstream> services();

    interface Upstream {
        /** Base URL, e.g. {@code http://ticket-service:8081}. */
        String url();

        /** Path prefixes this service owns, e.g. {@code /api/v1/tickets}. */
        List<String> prefixes();

        /** Overrides {@code ticketing.proxy.circuit-breaker.*} for this service. */
        @WithName("circuit-breaker")
        Breaker circuitBreaker();
    }

    interface Breaker {
        /** Consecutive connection failures or timeouts that open the breaker; 0 disables it. */
        Optional<Integer> failureThreshold();

        /** How long the breaker stays open before one trial request is let through. */
        Optional<Duration> delay();
    }
}
