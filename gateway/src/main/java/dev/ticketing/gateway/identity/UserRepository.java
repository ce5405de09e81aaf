package dev.ticketing.gateway.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<AppUser, String> {

    public Optional<AppUser> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Whether an enabled user holds the role (roles are a comma-separated list). */
    public boolean existsEnabledWithRole(String role) {
        return find("enabled = true and concat(',', roles, ',') like ?1", "%," + role + ",%").count() > 0;
    }
}
