package dev.ticketing.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.TicketAssigned;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.notification.inbox.NotificationService;
import io.smallrye.common.annotation.Blocking;

/** Raises notifications from {@code assignment-events}, once per event id. */
@ApplicationScoped
public class AssignmentEventsConsumer {

    static final String CONSUMER = "notification-service.assignment";

    private final EventInbox inbox;
    private final NotificationService notifications;

    AssignmentEventsConsumer(EventInbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming("assignment-events")
    @Blocking
    public void onAssignmentEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        if (TicketAssigned.TYPE.equals(event.type())) {
            notifications.ticketAssigned(event.envelope().id(), event.data(TicketAssigned.class), time);
        }
    }
}
