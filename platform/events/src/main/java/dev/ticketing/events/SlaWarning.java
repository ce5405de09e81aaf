package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** 80 % of an SLA target has elapsed; {@code target} is RESPONSE or RESOLUTION. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaWarning(
        String ticketId,
        String target,
        String priority,
        String assigneeId,
        Instant dueAt,
        Instant warnedAt) {

    public static final String TYPE = "ticketing.ticket.sla-warning.v1";
}
