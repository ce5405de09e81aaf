package dev.ticketing.kit.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.kit.web.RequestIdFilter;

/**
 * Writes events into the transactional outbox, inside the caller's transaction: the state change and its event
 * commit or roll back together. {@link OutboxRelay} publishes them after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** Fired inside the transaction; observed after a successful commit to wake the relay. */
    public record Appended(String topic) {
    }

    private final OutboxRepository repository;
    private final ObjectMapper mapper;
    private final Event<Appended> appended;
    private final String source;
    private final Clock clock;

    Outbox(OutboxRepository repository, ObjectMapper mapper, Event<Appended> appended, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.repository = repository;
        this.clock = clock;
        this.mapper = mapper;
        this.appended = appended;
        this.source = "/" + applicationName;
    }

    /**
     * Adds one event to the outbox.
     *
     * @param topic the Kafka topic
     * @param aggregateId the record key and CloudEvents subject (ticket id, user id): one aggregate, one partition
     * @param type the versioned event type, e.g. {@code TicketCreated.TYPE}
     * @param data the event record
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope<T> append(String topic, String aggregateId, String type, T data) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        EventEnvelope<T> envelope = EventEnvelope.of(source, type, aggregateId,
                requestId == null ? null : requestId.toString(), data, clock.instant());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = topic;
        row.recordKey = aggregateId;
        row.eventType = type;
        row.createdAt = clock.instant();
        try {
            row.payload = mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        repository.persist(row);
        appended.fire(new Appended(topic));
        return envelope;
    }

    /**
     * Adds a record given as text, unchanged, with a fresh outbox id: dead letters copied to their topic and
     * replayed to their original one.
     *
     * @param key the record key; null becomes an empty key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendRecord(String topic, String key, String type, String payload) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID().toString();
        row.topic = topic;
        row.recordKey = key == null ? "" : key;
        row.eventType = type == null ? "unknown" : type;
        row.createdAt = clock.instant();
        row.payload = payload;
        repository.persist(row);
        appended.fire(new Appended(topic));
    }
}
