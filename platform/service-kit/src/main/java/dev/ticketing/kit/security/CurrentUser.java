package dev.ticketing.kit.security;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, as the verified access token tells: id ({@code sub}), name and roles. */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    /** The user's stable id (the token's {@code sub}). */
    public String id() {
        return token.getSubject();
    }

    /** The login name ({@code upn}, else {@code preferred_username}). */
    public String username() {
        return token.getName();
    }

    /** The name to show to people ({@code name} claim, else the login name). */
    public String displayName() {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? username() : name;
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** Supervisors and admins see and act on everything. */
    public boolean isStaffManager() {
        return hasAnyRole(Roles.SUPERVISOR, Roles.ADMIN);
    }
}
