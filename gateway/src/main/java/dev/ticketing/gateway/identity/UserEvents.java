package dev.ticketing.gateway.identity;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.Topics;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.outbox.Outbox;

/**
 * Publishes account changes on {@code identity-events} (key = user id) through the transactional outbox: call
 * inside the transaction that changes the account. No secret (password, hash) ever travels.
 */
@ApplicationScoped
public class UserEvents {

    private final Outbox outbox;

    UserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(AppUser user) {
        outbox.append(Topics.IDENTITY_EVENTS, user.id(), UserCreated.TYPE,
                new UserCreated(user.id(), user.username(), user.displayName(), user.email(), user.locale(),
                        user.team(), List.copyOf(user.roles()), user.createdAt()));
    }

    public void updated(AppUser user) {
        outbox.append(Topics.IDENTITY_EVENTS, user.id(), UserUpdated.TYPE,
                new UserUpdated(user.id(), user.username(), user.displayName(), user.email(), user.locale(),
                        user.team(), List.copyOf(user.roles()), user.enabled(), user.updatedAt()));
    }

    public void disabled(AppUser user) {
        outbox.append(Topics.IDENTITY_EVENTS, user.id(), UserDisabled.TYPE,
                new UserDisabled(user.id(), user.username(), Instant.now()));
    }
}
