package dev.ticketing.notification.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.notification.inbox.NotificationService;
import io.smallrye.common.annotation.Blocking;

/** Raises notifications from {@code ticket-events}, once per event id. */
@ApplicationScoped
public class TicketEventsConsumer {

    static final String CONSUMER = "notification-service";

    private final EventInbox inbox;
    private final NotificationService notifications;

    TicketEventsConsumer(EventInbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming("ticket-events")
    @Blocking
    public void onTicketEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        String id = event.envelope().id();
        switch (event.type()) {
            case TicketCreated.TYPE -> notifications.ticketCreated(id, event.data(TicketCreated.class), time);
            case StatusChanged.TYPE -> notifications.statusChanged(id, event.data(StatusChanged.class), time);
            case CommentAdded.TYPE -> notifications.commentAdded(id, event.data(CommentAdded.class), time);
            case SolutionProposed.TYPE ->
                notifications.solutionProposed(id, event.data(SolutionProposed.class), time);
            case SlaBreached.TYPE -> notifications.slaBreached(id, event.data(SlaBreached.class), time);
            case TicketClosed.TYPE -> notifications.ticketClosed(id, event.data(TicketClosed.class), time);
            default -> {
                // Other ticket events raise no notification yet.
            }
        }
    }
}
