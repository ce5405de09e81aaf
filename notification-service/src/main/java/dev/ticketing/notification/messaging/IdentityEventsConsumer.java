package dev.ticketing.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.notification.recipient.RecipientService;
import io.smallrye.common.annotation.Blocking;

/** Keeps the recipients from {@code identity-events}, once per event id. */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "notification-service.identity";

    private final EventInbox inbox;
    private final RecipientService recipients;

    IdentityEventsConsumer(EventInbox inbox, RecipientService recipients) {
        this.inbox = inbox;
        this.recipients = recipients;
    }

    @Incoming("identity-events")
    @Blocking
    public void onIdentityEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        switch (event.type()) {
            case UserCreated.TYPE -> recipients.userCreated(event.data(UserCreated.class), time);
            case UserUpdated.TYPE -> recipients.userUpdated(event.data(UserUpdated.class), time);
            case UserDisabled.TYPE -> recipients.userDisabled(event.data(UserDisabled.class), time);
            default -> {
                // Other identity events change no recipient.
            }
        }
    }
}
