package dev.ticketing.gateway.identity;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a username and password; an unknown user, a wrong password, a disabled user and a locked account all look
 * alike to the caller (no account enumeration). Failures count towards the lock-out ({@link LoginAttempts}); while
 * an account is locked even the right password is refused.
 */
@ApplicationScoped
public class Authenticator {

    private final UserRepository users;
    private final Passwords passwords;
    private final LoginAttempts attempts;

    Authenticator(UserRepository users, Passwords passwords, LoginAttempts attempts) {
        this.users = users;
        this.passwords = passwords;
        this.attempts = attempts;
    }

    public Optional<AppUser> authenticate(String username, String password) {
        Optional<AppUser> user = users.findByUsername(username);
        if (user.isPresent() && user.get().lockedAt(Instant.now())) {
            passwords.matches(password, null); // same cost as a real check
            return Optional.empty();
        }
        boolean ok = passwords.matches(password, user.map(AppUser::passwordHash).orElse(null));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (!ok) {
            attempts.failed(user.get().id());
            return Optional.empty();
        }
        if (!user.get().enabled()) {
            return Optional.empty();
        }
        if (user.get().failedLogins() > 0 || user.get().lockedUntil() != null) {
            attempts.succeeded(user.get().id());
        }
        return user;
    }
}
