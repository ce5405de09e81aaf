package dev.ticketing.kit.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The suite's clock, UTC: inject {@link Clock} instead of calling {@code Instant.now()}. A test (or a service) that
 * produces its own {@code Clock} bean replaces this one ({@link DefaultBean}).
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
