package dev.ticketing.tickets;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Now, from the kit's {@link Clock}, in whole seconds: the precision every store keeps (MariaDB through Connector/J
 * drops fractions), so that an answer and a later read of the same thing show the same instant.
 */
@ApplicationScoped
public class TicketClock {

    private final Clock clock;

    TicketClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** An instant as it will be stored and read back. */
    public static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }
}
