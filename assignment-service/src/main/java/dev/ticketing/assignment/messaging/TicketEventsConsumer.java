package dev.ticketing.assignment.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.assignment.ticket.OpenTicketService;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.TicketUpdated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import io.smallrye.common.annotation.Blocking;

/** Keeps the open-ticket projection from {@code ticket-events}, once per event id. */
@ApplicationScoped
public class TicketEventsConsumer {

    static final String CONSUMER = "assignment-service";

    private final EventInbox inbox;
    private final OpenTicketService tickets;

    TicketEventsConsumer(EventInbox inbox, OpenTicketService tickets) {
        this.inbox = inbox;
        this.tickets = tickets;
    }

    @Incoming("ticket-events")
    @Blocking
    public void onTicketEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        switch (event.type()) {
            case TicketCreated.TYPE -> tickets.ticketCreated(event.data(TicketCreated.class), time);
            case StatusChanged.TYPE -> tickets.statusChanged(event.data(StatusChanged.class), time);
            case TicketUpdated.TYPE -> tickets.ticketUpdated(event.data(TicketUpdated.class), time);
            case TicketClosed.TYPE -> tickets.ticketClosed(event.data(TicketClosed.class), time);
            default -> {
                // Other ticket events do not change the projection yet.
            }
        }
    }
}
