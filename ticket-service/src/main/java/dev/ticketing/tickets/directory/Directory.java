package dev.ticketing.tickets.directory;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.PoisonEventException;

/** The users the suite knows, kept from identity-events; the source of requesters' names. */
@ApplicationScoped
public class Directory {

    private final DirectoryUserRepository users;

    Directory(DirectoryUserRepository users) {
        this.users = users;
    }

    /** The active user {@code id}; 422 if the directory does not know them or knows them as disabled. */
    @Transactional
    public DirectoryUser requireActive(String id) {
        DirectoryUser user = users.findById(id);
        if (user == null || !user.enabled) {
            throw new UnknownRequester(id);
        }
        return user;
    }

    /** Applies UserCreated; a user id missing from the event is poison. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void userCreated(UserCreated created, Instant at) {
        apply(requireId(created.userId()), created.username(), created.displayName(), true, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void userUpdated(UserUpdated updated, Instant at) {
        apply(requireId(updated.userId()), updated.username(), updated.displayName(), updated.enabled(), at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void userDisabled(UserDisabled disabled, Instant at) {
        DirectoryUser user = users.findById(requireId(disabled.userId()));
        if (user == null) {
            apply(disabled.userId(), disabled.username(), null, false, at);
        } else if (!at.isBefore(user.changedAt)) {
            user.enabled = false;
            user.changedAt = at;
        }
    }

    private void apply(String id, String username, String displayName, boolean enabled, Instant at) {
        DirectoryUser user = users.findById(id);
        if (user != null && at.isBefore(user.changedAt)) {
            return; // an older event, e.g. replayed from the dead letters
        }
        boolean known = user != null;
        if (!known) {
            user = new DirectoryUser();
            user.id = id;
        }
        user.username = cut(username != null && !username.isBlank() ? username : id, 100);
        user.displayName = cut(displayName != null && !displayName.isBlank() ? displayName.strip() : user.username,
                200);
        user.enabled = enabled;
        user.changedAt = at;
        if (!known) {
            users.persist(user); // after the fields: the insert takes the state persist() sees
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** An identity event without a usable user id can never apply. */
    private static String requireId(String id) {
        if (id == null || id.isBlank() || id.length() > 36) {
            throw new PoisonEventException("Identity event without a valid user id");
        }
        return id;
    }
}
