package dev.ticketing.gateway.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;

/**
 * Lock-out: after {@code ticketing.lockout.max-failures} (5) failed logins in a row an account is locked for
 * {@code ticketing.lockout.duration} (15 min). Counters live in the database, so every replica sees them; they
 * never change the account's version (ETag). A successful login resets them.
 */
@ApplicationScoped
public class LoginAttempts {

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(UserRepository users,
            @ConfigProperty(name = "ticketing.lockout.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "ticketing.lockout.duration", defaultValue = "15m") Duration lockDuration) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String userId) {
        users.update("failedLogins = failedLogins + 1 where id = ?1", userId);
        int locked = users.update("lockedUntil = ?1, failedLogins = 0 where id = ?2 and failedLogins >= ?3",
                Instant.now().plus(lockDuration), userId, maxFailures);
        if (locked > 0) {
            Log.warnf("Account %s locked for %s after %d failed logins", userId, lockDuration, maxFailures);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String userId) {
        users.update("failedLogins = 0, lockedUntil = null where id = ?1 and (failedLogins > 0 or lockedUntil is not null)",
                userId);
    }

    /** Lifts a lock (an administrator re-enabling or resetting an account). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlock(String userId) {
        succeeded(userId);
    }
}
