package dev.ticketing.tickets.sla;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ticketing.tickets.ticket.Priority;

/** Computes a ticket's due dates from its priority and the configured targets. */
@ApplicationScoped
public class SlaPolicy {

    private final SlaConfig config;

    SlaPolicy(SlaConfig config) {
        this.config = config;
    }

    public Instant responseDue(Priority priority, Instant from) {
        return from.plus(targets(priority).response());
    }

    public Instant resolutionDue(Priority priority, Instant from) {
        return from.plus(targets(priority).resolution());
    }

    private SlaConfig.Targets targets(Priority priority) {
        SlaConfig.Targets targets = config.targets().get(priority.name());
        if (targets == null) {
            throw new IllegalStateException("No SLA targets configured for " + priority);
        }
        return targets;
    }
}
