package dev.ticketing.kit.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * The deny list of access tokens refused before they expire: single tokens revoked by {@code jti} (TokenRevoked),
 * and every token of a disabled user issued at or before the moment it was disabled (UserDisabled). Fed by
 * {@link RevocationListener} from identity-events; entries are kept until the tokens they refuse have expired.
 */
@ApplicationScoped
public class RevokedTokens {

    private final Clock clock;
    private final Duration maxTokenLifetime;
    /** jti → when the token expires. */
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    /** user id → when the account was disabled. */
    private final Map<String, Instant> users = new ConcurrentHashMap<>();

    RevokedTokens(Clock clock,
            @ConfigProperty(name = "ticketing.revocation.max-token-lifetime", defaultValue = "15m")
            Duration maxTokenLifetime) {
        this.clock = clock;
        this.maxTokenLifetime = maxTokenLifetime;
    }

    /**
     * Whether a token must be refused although its signature and expiry are valid.
     *
     * @param subject the token's {@code sub}
     * @param jti the token's {@code jti}, may be null
     * @param issuedAt the token's {@code iat}, may be null (then a disabled user's token is refused)
     */
    public boolean isRevoked(String subject, String jti, Instant issuedAt) {
        if (jti != null && tokens.containsKey(jti)) {
            return true;
        }
        Instant disabledAt = subject == null ? null : users.get(subject);
        return disabledAt != null && (issuedAt == null || !issuedAt.isAfter(disabledAt));
    }

    /** Refuses the token {@code jti} until {@code expiresAt} (or the maximum lifetime when unknown). */
    public void revokeToken(String jti, Instant expiresAt) {
        if (jti != null) {
            tokens.put(jti, expiresAt != null ? expiresAt : clock.instant().plus(maxTokenLifetime));
        }
    }

    /** Refuses every token of {@code userId} issued at or before {@code disabledAt}. */
    public void disableUser(String userId, Instant disabledAt) {
        if (userId != null) {
            users.merge(userId, disabledAt != null ? disabledAt : clock.instant(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** How far back the listener must read identity-events: the longest an access token lives. */
    public Duration maxTokenLifetime() {
        return maxTokenLifetime;
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant now = clock.instant();
        tokens.values().removeIf(expiresAt -> expiresAt.isBefore(now));
        users.values().removeIf(disabledAt -> disabledAt.plus(maxTokenLifetime).isBefore(now));
    }
}
