package dev.ticketing.kit.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.kit.deadletter.DeadLetter;
import dev.ticketing.kit.deadletter.DeadLetterRepository;
import dev.ticketing.kit.outbox.Outbox;
import dev.ticketing.kit.web.RequestIdFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The idempotent consumer: applies an event's effect and records its id in one transaction, so that a redelivered
 * event changes nothing.
 *
 * <p>Failures: a record that cannot be parsed, or whose effect throws {@link PoisonEventException}, is stored in
 * {@code dead_letter} (and copied to the {@code ticketing-dead-letter} topic through the outbox), counted in
 * {@code ticketing_dead_letter_events_total{consumer}}, and the partition moves on. Any other exception (database
 * down, lock wait timeout, deadlock, pool exhausted...) is transient: the effect is retried with exponential backoff
 * ({@code ticketing.inbox.retry.*}, 100 ms doubling up to 10 s, forever) while this call does not return, so the
 * connector holds the partition (it pauses it and keeps polling). Once the application shuts down, the inbox
 * refuses ({@link InboxStoppedException}): nothing in flight is dead-lettered or acknowledged, and the offset stays
 * uncommitted for the next start (failure strategy {@code fail}).
 */
@ApplicationScoped
public class EventInbox {

    /** The topic dead letters are copied to. */
    public static final String DEAD_LETTER_TOPIC = "ticketing-dead-letter";

    private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final IncomingRecords records;
    private final DeadLetterRepository deadLetters;
    private final Outbox outbox;
    private final MeterRegistry registry;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Object stopSignal = new Object();
    private volatile boolean stopping;

    EventInbox(EntityManager em, ObjectMapper mapper, Clock clock, IncomingRecords records,
            DeadLetterRepository deadLetters, Outbox outbox, MeterRegistry registry,
            @ConfigProperty(name = "ticketing.inbox.retry.initial-backoff", defaultValue = "100ms")
            Duration initialBackoff,
            @ConfigProperty(name = "ticketing.inbox.retry.max-backoff", defaultValue = "10s") Duration maxBackoff) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.records = records;
        this.deadLetters = deadLetters;
        this.outbox = outbox;
        this.registry = registry;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /** First of the shutdown observers: from now on nothing is applied, dead-lettered or acknowledged. */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
        synchronized (stopSignal) {
            stopSignal.notifyAll();
        }
    }

    /** Whether the application is shutting down (the inbox refuses records). */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Parses a CloudEvents JSON record and, unless {@code consumer} already applied this event id, runs
     * {@code effect} in a new transaction that also records the id. Returns only once the record is applied,
     * found a duplicate, or dead-lettered; transient failures are retried meanwhile.
     *
     * @return true if the effect ran, false if the event was a duplicate or dead-lettered
     * @throws InboxStoppedException once the application shuts down (the record stays unacknowledged)
     */
    public boolean process(String consumer, String json, Consumer<ReceivedEvent> effect) {
        IncomingRecords.Origin origin = records.originOf(json);
        long backoff = initialBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            refuseIfStopping(consumer);
            try {
                return applyOnce(consumer, json, effect);
            } catch (RuntimeException e) {
                refuseIfStopping(consumer);
                PoisonEventException poison = poisonIn(e);
                if (poison != null) {
                    deadLetter(consumer, origin, json, poison);
                    return false;
                }
                if (attempt == 1 || attempt % 10 == 0) {
                    Log.warnf("%s: transient failure on %s, attempt %d, retrying in %d ms: %s", consumer,
                            describe(origin), attempt, backoff, e.toString());
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
    }

    private boolean applyOnce(String consumer, String json, Consumer<ReceivedEvent> effect) {
        EventEnvelope<JsonNode> envelope = parse(json);
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery("INSERT IGNORE INTO processed_event "
                    + "(consumer, event_id, event_type, processed_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, consumer)
                    .setParameter(2, envelope.id())
                    .setParameter(3, envelope.type())
                    .setParameter(4, clock.instant())
                    .executeUpdate();
            if (inserted == 0) {
                Log.debugf("%s: event %s (%s) already applied, skipped", consumer, envelope.id(), envelope.type());
                return false;
            }
            Object previous = MDC.get(RequestIdFilter.MDC_KEY);
            if (envelope.requestid() != null) {
                MDC.put(RequestIdFilter.MDC_KEY, envelope.requestid());
            } else {
                MDC.remove(RequestIdFilter.MDC_KEY);
            }
            try {
                effect.accept(new ReceivedEvent(envelope, mapper));
            } finally {
                if (previous != null) {
                    MDC.put(RequestIdFilter.MDC_KEY, previous);
                } else {
                    MDC.remove(RequestIdFilter.MDC_KEY);
                }
            }
            return true;
        });
    }

    /** Stores the dead letter (retrying while the database is away) and counts it. */
    private void deadLetter(String consumer, IncomingRecords.Origin origin, String json, PoisonEventException e) {
        EventEnvelope<JsonNode> envelope = lenientParse(json);
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (error.length() > 2000) {
            error = error.substring(0, 2000);
        }
        DeadLetter row = new DeadLetter();
        row.consumer = consumer;
        row.topic = origin.topic();
        row.partition = origin.partition();
        row.offset = origin.offset();
        row.recordKey = origin.key();
        row.eventId = envelope == null || envelope.id() == null || envelope.id().length() > 36 ? null
                : envelope.id();
        row.eventType = envelope == null || envelope.type() == null ? null : truncate(envelope.type(), 120);
        row.payload = json == null ? "" : json;
        row.error = error;
        long backoff = initialBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            refuseIfStopping(consumer);
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    DeadLetter stored = copyOf(row);
                    stored.deadLetteredAt = clock.instant();
                    deadLetters.persist(stored);
                    outbox.appendRecord(DEAD_LETTER_TOPIC, row.recordKey, row.eventType, row.payload);
                });
                break;
            } catch (RuntimeException failure) {
                refuseIfStopping(consumer);
                if (attempt == 1 || attempt % 10 == 0) {
                    Log.warnf("%s: dead letter of %s not stored yet, retrying: %s", consumer, describe(origin),
                            failure.toString());
                }
                pause(backoff);
                backoff = Math.min(backoff * 2, maxBackoff.toMillis());
            }
        }
        Counter.builder("ticketing.dead.letter.events")
                .description("Records a consumer could never apply, stored as dead letters")
                .tag("consumer", consumer)
                .register(registry)
                .increment();
        Log.errorf("%s: record %s dead-lettered: %s", consumer, describe(origin), error);
    }

    private static DeadLetter copyOf(DeadLetter row) {
        DeadLetter copy = new DeadLetter();
        copy.consumer = row.consumer;
        copy.topic = row.topic;
        copy.partition = row.partition;
        copy.offset = row.offset;
        copy.recordKey = row.recordKey;
        copy.eventId = row.eventId;
        copy.eventType = row.eventType;
        copy.payload = row.payload;
        copy.error = row.error;
        return copy;
    }

    private void refuseIfStopping(String consumer) {
        if (stopping) {
            throw new InboxStoppedException(consumer);
        }
    }

    private void pause(long millis) {
        synchronized (stopSignal) {
            if (stopping) {
                return;
            }
            try {
                stopSignal.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InboxStoppedException("interrupted");
            }
        }
    }

    private static PoisonEventException poisonIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private static String describe(IncomingRecords.Origin origin) {
        return origin.topic() == null ? "a record" : origin.topic() + "-" + origin.partition() + "@" + origin.offset();
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private EventEnvelope<JsonNode> lenientParse(String json) {
        try {
            return json == null ? null : mapper.readValue(json, ENVELOPE);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private EventEnvelope<JsonNode> parse(String json) {
        if (json == null) {
            throw new MalformedEventException("Empty record (no value)");
        }
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = mapper.readValue(json, ENVELOPE);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Not a CloudEvents JSON record: " + e.getOriginalMessage());
        }
        if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.id().length() > 36) {
            throw new MalformedEventException("CloudEvents record without a valid id or type");
        }
        return envelope;
    }
}
