package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An SLA target was missed; {@code target} is RESPONSE or RESOLUTION. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaBreached(
        String ticketId,
        String target,
        String priority,
        String assigneeId,
        Instant dueAt,
        Instant breachedAt) {

    public static final String TYPE = "ticketing.ticket.sla-breached.v1";
}
