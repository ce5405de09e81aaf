package dev.ticketing.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * The gateway's rate limits (in memory, per replica): the token endpoint per client IP, and the proxied API per
 * client IP and per subject (the token's {@code sub}). Capacity 0 disables a limit.
 */
@ApplicationScoped
public class RateLimits {

    private final TokenBucket tokenPerIp;
    private final TokenBucket apiPerIp;
    private final TokenBucket apiPerSubject;

    RateLimits(
            @ConfigProperty(name = "ticketing.rate-limit.token-ip.capacity", defaultValue = "20") int tokenCapacity,
            @ConfigProperty(name = "ticketing.rate-limit.token-ip.refill-per-second", defaultValue = "0.5") double tokenRefill,
            @ConfigProperty(name = "ticketing.rate-limit.api-ip.capacity", defaultValue = "300") int ipCapacity,
            @ConfigProperty(name = "ticketing.rate-limit.api-ip.refill-per-second", defaultValue = "100") double ipRefill,
            @ConfigProperty(name = "ticketing.rate-limit.api-subject.capacity", defaultValue = "100") int subjectCapacity,
            @ConfigProperty(name = "ticketing.rate-limit.api-subject.refill-per-second", defaultValue = "20") double subjectRefill,
            @ConfigProperty(name = "ticketing.rate-limit.max-keys", defaultValue = "100000") int maxKeys) {
        this.tokenPerIp = new TokenBucket("token-ip", tokenCapacity, tokenRefill, maxKeys);
        this.apiPerIp = new TokenBucket("api-ip", ipCapacity, ipRefill, maxKeys);
        this.apiPerSubject = new TokenBucket("api-subject", subjectCapacity, subjectRefill, maxKeys);
    }

    public TokenBucket tokenPerIp() {
        return tokenPerIp;
    }

    public TokenBucket apiPerIp() {
        return apiPerIp;
    }

    public TokenBucket apiPerSubject() {
        return apiPerSubject;
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evict() {
        tokenPerIp.evictIdle();
        apiPerIp.evictIdle();
        apiPerSubject.evictIdle();
    }
}
