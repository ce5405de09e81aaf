package dev.ticketing.gateway.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.kit.security.Roles;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Accounts created at start: the first administrator from {@code TICKETING_ADMIN_USERNAME} /
 * {@code TICKETING_ADMIN_PASSWORD} when no admin exists, and the demo accounts when
 * {@code ticketing.demo-accounts.enabled} (local, dev and test profiles only). Existing accounts are left alone.
 * Each account created publishes {@code UserCreated} through the outbox, in the same transaction.
 */
@ApplicationScoped
public class AccountBootstrap {

    public static final String DEMO_PASSWORD = "demo";

    record DemoAccount(String username, String displayName, String team, String role) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Admin Demo", "it-ops", Roles.ADMIN),
            new DemoAccount("supervisor", "Sophie Superviseur", "service-desk", Roles.SUPERVISOR),
            new DemoAccount("tech1", "Thomas Technicien", "service-desk", Roles.TECHNICIAN),
            new DemoAccount("tech2", "Tina Technicienne", "service-desk", Roles.TECHNICIAN),
            new DemoAccount("alice", "Alice Martin", "finance", Roles.REQUESTER),
            new DemoAccount("bob", "Bob Durand", "sales", Roles.REQUESTER));

    private final UserRepository users;
    private final Passwords passwords;
    private final UserEvents events;
    private final boolean demoEnabled;
    private final Optional<String> adminUsername;
    private final Optional<String> adminPassword;

    AccountBootstrap(UserRepository users, Passwords passwords, UserEvents events,
            @ConfigProperty(name = "ticketing.demo-accounts.enabled", defaultValue = "false") boolean demoEnabled,
            @ConfigProperty(name = "ticketing.admin.username") Optional<String> adminUsername,
            @ConfigProperty(name = "ticketing.admin.password") Optional<String> adminPassword) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.demoEnabled = demoEnabled;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (adminUsername.isPresent() && adminPassword.isPresent() && !users.existsEnabledWithRole(Roles.ADMIN)
                && users.findByUsername(adminUsername.get()).isEmpty()) {
            AppUser admin = new AppUser(UUID.randomUUID().toString(), adminUsername.get(), adminUsername.get(), null,
                    "fr-FR", null, Set.of(Roles.ADMIN), passwords.hash(adminPassword.get()));
            users.persist(admin);
            events.created(admin);
            Log.infof("Created the first administrator account '%s'", adminUsername.get());
        }
        if (demoEnabled) {
            int created = 0;
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                if (users.findByUsername(demo.username()).isEmpty()) {
                    AppUser user = new AppUser(UUID.randomUUID().toString(), demo.username(), demo.displayName(),
                            demo.username() + "@ticketing.local", "fr-FR", demo.team(), Set.of(demo.role()),
                            passwords.hash(DEMO_PASSWORD));
                    users.persist(user);
                    events.created(user);
                    created++;
                }
            }
            Log.infof("Demo accounts enabled (%d created); never enable them in production", created);
        }
    }
}
