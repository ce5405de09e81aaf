package dev.ticketing.reporting.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.TicketAssigned;
import dev.ticketing.kit.inbox.EventInbox;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.reporting.kpi.TicketFactProjection;
import io.smallrye.common.annotation.Blocking;

/** Feeds the technician of each ticket from {@code assignment-events}, once per event id. */
@ApplicationScoped
public class AssignmentEventsConsumer {

    static final String CONSUMER = "reporting-service.assignment";

    private final EventInbox inbox;
    private final TicketFactProjection projection;

    AssignmentEventsConsumer(EventInbox inbox, TicketFactProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("assignment-events")
    @Blocking
    public void onAssignmentEvent(String json) {
        inbox.process(CONSUMER, json, this::apply);
    }

    private void apply(ReceivedEvent event) {
        Instant time = event.time();
        if (TicketAssigned.TYPE.equals(event.type())) {
            projection.ticketAssigned(event.data(TicketAssigned.class), time);
        }
    }
}
