package dev.ticketing.gateway.clients;

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

/** A machine client (OAuth2 client_credentials); only the SHA-256 hash of its secret is stored. */
@Entity
@Table(name = "service_client")
public class ServiceClient {

    @Id
    @Column(length = 36)
    String id;
    String name;
    String roles;
    @Column(name = "secret_hash")
    String secretHash;
    boolean enabled;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Version
    long version;

    protected ServiceClient() {
    }

    ServiceClient(String id, String name, Set<String> roles, String secretHash) {
        this.id = id;
        this.name = name;
        this.roles = String.join(",", roles);
        this.secretHash = secretHash;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<String> roles() {
        if (roles == null || roles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
