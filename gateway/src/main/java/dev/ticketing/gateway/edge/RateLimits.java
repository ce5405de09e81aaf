package dev.ticketing.gateway.edge;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * The gateway's rate limits (in memory, per replica; {@link RateLimitConfig}): the token endpoint per client IP,
 * failed logins per client IP (the lock-out limits them per account), and the proxied API per client IP and per
 * subject (the token's {@code sub}), a service client with a quota of its own having its own bucket.
 */
@ApplicationScoped
public class RateLimits {

    private final TokenBucket tokenPerIp;
    private final TokenBucket loginFailuresPerIp;
    private final TokenBucket apiPerIp;
    private final TokenBucket apiPerSubject;
    private final Map<String, TokenBucket> perClient = new TreeMap<>();

    RateLimits(RateLimitConfig config) {
        int maxKeys = config.maxKeys();
        this.tokenPerIp = bucket("token-ip", config.tokenIp(), maxKeys);
        this.loginFailuresPerIp = bucket("login-failure-ip", config.loginFailureIp(), maxKeys);
        this.apiPerIp = bucket("api-ip", config.apiIp(), maxKeys);
        this.apiPerSubject = bucket("api-subject", config.apiSubject(), maxKeys);
        config.serviceClients().forEach((clientId, quota) ->
                perClient.put(clientId, bucket("service-client-" + clientId, quota, 1)));
    }

    private static TokenBucket bucket(String name, RateLimitConfig.Bucket config, int maxKeys) {
        return new TokenBucket(name, config.capacity(), config.refillPerSecond(), maxKeys);
    }

    public TokenBucket tokenPerIp() {
        return tokenPerIp;
    }

    public TokenBucket loginFailuresPerIp() {
        return loginFailuresPerIp;
    }

    public TokenBucket apiPerIp() {
        return apiPerIp;
    }

    /** 0 when a proxied call of {@code subject} may pass, else the seconds to wait. */
    public long takeForSubject(String subject) {
        TokenBucket own = perClient.get(subject);
        return own != null ? own.take(subject) : apiPerSubject.take(subject);
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evict() {
        tokenPerIp.evictIdle();
        loginFailuresPerIp.evictIdle();
        apiPerIp.evictIdle();
        apiPerSubject.evictIdle();
    }
}
