package dev.ticketing.kit.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code ticketing.outbox.*}). */
@ConfigMapping(prefix = "ticketing.outbox")
public interface OutboxConfig {

    /** How often the relay looks for rows left behind (broker down, crash between commit and send). */
    @WithDefault("2s")
    Duration sweepInterval();

    /** Rows sent per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long to wait for the broker's acknowledgement of a batch before leaving it for the next sweep. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long published rows are kept, for inspection, before they are deleted. */
    @WithDefault("P1D")
    Duration retention();
}
