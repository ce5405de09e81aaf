package dev.ticketing.gateway.edge;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The gateway's rate limits ({@code ticketing.rate-limit.*}): token buckets of {@code capacity} (the burst)
 * refilled at {@code refill-per-second}; capacity 0 disables one. {@code service-clients."<client id>"} gives a
 * machine client its own quota instead of {@code api-subject}.
 */
@ConfigMapping(prefix = "ticketing.rate-limit")
public interface RateLimitConfig {

    /** Every call of the token endpoint, per client address. */
    Bucket tokenIp();

    /** Failed logins (wrong password, unknown or locked user) per client address; successful logins take none. */
    Bucket loginFailureIp();

    /** Proxied API calls per client address. */
    Bucket apiIp();

    /** Proxied API calls per token subject (a user or a service client without a quota of its own). */
    Bucket apiSubject();

    /** Quotas of particular service clients, by client id (the token's sub). */
    Map<String, Bucket> serviceClients();

    /** Most keys a bucket set holds before idle ones are evicted. */
    @WithDefault("100000")
    int maxKeys();

    /** One token bucket. */
    interface Bucket {
        int capacity();

        double refillPerSecond();
    }
}
