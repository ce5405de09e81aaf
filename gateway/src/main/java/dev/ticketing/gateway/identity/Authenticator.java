package dev.ticketing.gateway.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Checks a username and password; an unknown user, a wrong password and a disabled user all look alike. */
@ApplicationScoped
public class Authenticator {

    private final UserRepository users;
    private final Passwords passwords;

    Authenticator(UserRepository users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public Optional<AppUser> authenticate(String username, String password) {
        Optional<AppUser> user = users.findByUsername(username);
        boolean ok = passwords.matches(password, user.map(AppUser::passwordHash).orElse(null));
        return ok && user.get().enabled() ? user : Optional.empty();
    }
}
