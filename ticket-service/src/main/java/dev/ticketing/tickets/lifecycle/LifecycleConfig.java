package dev.ticketing.tickets.lifecycle;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delays of the ticket life cycle ({@code ticketing.lifecycle.*}). */
@ConfigMapping(prefix = "ticketing.lifecycle")
public interface LifecycleConfig {

    /** A proposed solution that the requester leaves unanswered this long closes the ticket. */
    @WithDefault("P7D")
    Duration autoCloseAfter();

    /** A closed or cancelled ticket is archived (read-only, out of default lists) this long after. */
    @WithDefault("P30D")
    Duration archiveAfter();

    /** How often the timed jobs run (resume, auto-close, archive, SLA checks). */
    @WithDefault("30s")
    String jobsInterval();

    /** Tickets handled per job run. */
    @WithDefault("200")
    int jobBatchSize();
}
