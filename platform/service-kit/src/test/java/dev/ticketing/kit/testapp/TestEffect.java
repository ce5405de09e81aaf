package dev.ticketing.kit.testapp;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ticketing.kit.inbox.PoisonEventException;
import dev.ticketing.kit.inbox.ReceivedEvent;
import dev.ticketing.kit.outbox.Outbox;

/** The test consumer's effect: increments a counter row, and writes an event that follows from it (no proxy). */
@Singleton
public class TestEffect {

    public static final String INCREMENT = "kit.test.increment.v1";
    public static final String POISON = "kit.test.poison.v1";
    public static final String ECHO = "kit.test.echo.v1";

    public final AtomicInteger attempts = new AtomicInteger();
    public volatile boolean poisonous = true;

    private final EntityManager em;
    private final Outbox outbox;
    private final String topic;

    TestEffect(EntityManager em, Outbox outbox,
            @ConfigProperty(name = "mp.messaging.incoming.kit-test.topic") String topic) {
        this.em = em;
        this.outbox = outbox;
        this.topic = topic;
    }

    void apply(ReceivedEvent event) {
        event.time(); // an event without time is poison
        switch (event.type()) {
            case INCREMENT -> increment(event);
            case POISON -> {
                if (poisonous) {
                    throw new PoisonEventException("This event can never apply");
                }
                increment(event);
            }
            default -> {
            }
        }
    }

    private void increment(ReceivedEvent event) {
        attempts.incrementAndGet();
        em.createNativeQuery("SET SESSION innodb_lock_wait_timeout = 1").executeUpdate();
        em.createNativeQuery("UPDATE kit_counter SET n = n + 1 WHERE id = 1").executeUpdate();
        outbox.append(topic, event.subject(), ECHO, Map.of("cause", event.id()));
    }
}
