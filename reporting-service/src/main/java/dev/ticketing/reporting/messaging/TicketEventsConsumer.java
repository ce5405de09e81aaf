package dev.ticketing.reporting.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.events.CommentAdded;
import dev.ticketing.events.SatisfactionRated;
import dev.ticketing.events.SlaBreached;
import dev.ticketing.events.SolutionProposed;
import dev.ticketing.events.SolutionRejected;
import dev.ticketing.events.StatusChanged;
import dev.ticketing.events.TicketClosed;
import dev.ticketing.events.TicketCreated;
import dev.ticketing.events.TicketReopened;
import dev.ticketing.events.TicketUpdated;
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
        Instant time = event.time();
        switch (event.type()) {
            case TicketCreated.TYPE -> projection.created(event.data(TicketCreated.class), time);
            case StatusChanged.TYPE -> projection.statusChanged(event.data(StatusChanged.class), time);
            case TicketUpdated.TYPE -> projection.ticketUpdated(event.data(TicketUpdated.class), time);
            case CommentAdded.TYPE -> projection.commentAdded(event.data(CommentAdded.class), time);
            case SolutionProposed.TYPE -> projection.solutionProposed(event.data(SolutionProposed.class), time);
            case SolutionRejected.TYPE -> {
                SolutionRejected rejected = event.data(SolutionRejected.class);
                projection.reopened(rejected.ticketId(), rejected.reopenCount());
            }
            case TicketReopened.TYPE -> {
                TicketReopened reopened = event.data(TicketReopened.class);
                projection.reopened(reopened.ticketId(), reopened.reopenCount());
            }
            case TicketClosed.TYPE -> projection.ticketClosed(event.data(TicketClosed.class), time);
            case SatisfactionRated.TYPE -> projection.satisfactionRated(event.data(SatisfactionRated.class), time);
            case SlaBreached.TYPE -> projection.slaBreached(event.data(SlaBreached.class));
            default -> {
                // Other ticket events do not change the figures this service reports yet.
            }
        }
    }
}
