package dev.ticketing.tickets.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.tickets.directory.Directory;
import io.smallrye.common.annotation.Blocking;

/** Keeps the user directory from {@code identity-events}, once per event id. */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "ticket-service.identity";

    private final EventInbox inbox;
    private final Directory directory;

    IdentityEventsConsumer(EventInbox inbox, Directory directory) {
        this.inbox = inbox;
        this.directory = directory;
    }

    @Incoming("identity-directory")
    @Blocking
    public void onIdentityEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case UserCreated.TYPE -> directory.userCreated(event.data(UserCreated.class), event.time());
            case UserUpdated.TYPE -> directory.userUpdated(event.data(UserUpdated.class), event.time());
            case UserDisabled.TYPE -> directory.userDisabled(event.data(UserDisabled.class), event.time());
            default -> {
                // Other identity events (token revocations) do not concern the directory.
            }
        }
    }
}
