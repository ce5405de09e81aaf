package dev.ticketing.notification.recipient;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.MalformedEventException;
import dev.ticketing.notification.messaging.EventFields;

/** Keeps recipients' names, e-mail addresses and locales from identity events. */
@ApplicationScoped
public class RecipientService {

    private final RecipientRepository recipients;

    RecipientService(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    /** A new account; runs in the idempotent consumer's transaction. */
    public void userCreated(UserCreated event, Instant eventTime) {
        upsert(event.userId(), event.username(), event.displayName(), event.email(), event.locale(), true,
                event.createdAt() == null ? eventTime : event.createdAt());
    }

    /** A changed account; runs in the idempotent consumer's transaction. */
    public void userUpdated(UserUpdated event, Instant eventTime) {
        upsert(event.userId(), event.username(), event.displayName(), event.email(), event.locale(), event.enabled(),
                event.updatedAt() == null ? eventTime : event.updatedAt());
    }

    /** A disabled account; its in-app notifications stay, but it is marked disabled. */
    public void userDisabled(UserDisabled event, Instant eventTime) {
        if (event.userId() == null) {
            throw new MalformedEventException("UserDisabled without userId");
        }
        Recipient recipient = recipients.findById(event.userId());
        if (recipient != null) {
            recipient.enabled = false;
            recipient.updatedAt = event.disabledAt() == null ? eventTime : event.disabledAt();
        }
    }

    /** The recipient, if identity-events told about them. */
    public Optional<Recipient> find(String id) {
        return id == null ? Optional.empty() : recipients.findByIdOptional(id);
    }

    private void upsert(String id, String username, String displayName, String email, String locale,
            boolean enabled, Instant at) {
        if (id == null) {
            throw new MalformedEventException("User event without userId");
        }
        EventFields.fits(id, 100, "userId");
        Recipient recipient = recipients.findById(id);
        boolean isNew = recipient == null;
        if (isNew) {
            recipient = new Recipient();
            recipient.id = id;
        }
        recipient.username = cut(username, 100);
        recipient.displayName = cut(displayName, 200);
        recipient.email = cut(email, 320);
        recipient.locale = cut(locale, 20);
        recipient.enabled = enabled;
        recipient.updatedAt = at;
        if (isNew) {
            recipients.persist(recipient);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
