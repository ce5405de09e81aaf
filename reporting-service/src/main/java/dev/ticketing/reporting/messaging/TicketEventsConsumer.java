package dev.ticketing.reporting.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.reporting.kpi.TicketFactProjection;
import io.smallrye.common.annotation.Blocking;

/** Feeds the reporting read model from {@code ticket-events}, once per event id. */
@ApplicationScoped
public class TicketEventsConsumer {

    static final String CONSUMER = "reporting-service";

    private final EventInbox inbox;
    private final TicketFactProjection projection;

    TicketEventsConsumer(EventInbox inbox, TicketFactProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("ticket-events")
    @Blocking
    public void onTicketEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.envelope().time() == null ? Instant.now() : event.envelope().time();
        switch (event.type()) {
            case TicketCreated.TYPE -> projection.created(event.data(TicketCreated.class), time);
            case StatusChanged.TYPE -> projection.statusChanged(event.data(StatusChanged.class), time);
            default -> {
                // Other ticket events do not change the figures this service reports yet.
            }
        }
    }
}
