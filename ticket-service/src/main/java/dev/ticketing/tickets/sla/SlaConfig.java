package dev.ticketing.tickets.sla;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** SLA targets per priority ({@code ticketing.sla.P0.response=PT15M} ...). */
@ConfigMapping(prefix = "ticketing.sla")
public interface SlaConfig {

    /** Targets keyed by priority name (P0..P3). */
    Map<String, Targets> targets();

    /** Time allowed until the first response and until the resolution. */
    interface Targets {
        /** Until the first public answer of a technician. */
        Duration response();

        /** Until the ticket is resolved. */
        Duration resolution();
    }
}
