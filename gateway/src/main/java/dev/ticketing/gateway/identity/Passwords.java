package dev.ticketing.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashing and checking, with a constant-cost answer for unknown users (no user enumeration by timing). */
@ApplicationScoped
public class Passwords {

    private static final int COST = 10;
    private final String decoy = BcryptUtil.bcryptHash("decoy-password-never-matches", COST);

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            BcryptUtil.matches("x", decoy);
            return false;
        }
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false; // not a bcrypt hash
        }
    }
}
