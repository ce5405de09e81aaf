package dev.ticketing.assignment.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.assignment.technician.TechnicianService;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;

/** Keeps the technician projection from {@code identity-events}, once per event id. */
@ApplicationScoped
public class IdentityEventsConsumer {

    static final String CONSUMER = "assignment-service.identity";

    private final EventInbox inbox;
    private final TechnicianService technicians;

    IdentityEventsConsumer(EventInbox inbox, TechnicianService technicians) {
        this.inbox = inbox;
        this.technicians = technicians;
    }

    @Incoming("identity-events")
    @Blocking
    public void onIdentityEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        switch (event.type()) {
            case UserCreated.TYPE -> technicians.userCreated(event.data(UserCreated.class), time);
            case UserUpdated.TYPE -> technicians.userUpdated(event.data(UserUpdated.class), time);
            case UserDisabled.TYPE -> technicians.userDisabled(event.data(UserDisabled.class), time);
            default -> {
                // Other identity events do not concern technicians.
            }
        }
    }
}
