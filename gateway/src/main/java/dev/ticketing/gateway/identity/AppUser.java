package dev.ticketing.gateway.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in to the suite. Roles are stored as a comma-separated list. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @Column(length = 36)
    private String id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    private String locale;
    private String team;
    private String roles;
    private boolean enabled;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String id, String username, String displayName, String email, String locale, String team,
            Set<String> roles, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.locale = locale;
        this.team = team;
        this.roles = String.join(",", roles);
        this.enabled = true;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.updatedAt = this.createdAt;
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public String team() {
        return team;
    }

    public Set<String> roles() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean enabled() {
        return enabled;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void displayName(String displayName) {
        this.displayName = displayName;
    }

    public void email(String email) {
        this.email = email;
    }

    public void locale(String locale) {
        this.locale = locale;
    }

    public void team(String team) {
        this.team = team;
    }

    public void roles(Set<String> roles) {
        this.roles = String.join(",", roles);
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void passwordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void touch() {
        this.updatedAt = Instant.now();
    }
}
