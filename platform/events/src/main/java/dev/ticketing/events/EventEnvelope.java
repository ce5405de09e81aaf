package dev.ticketing.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the value of every record on the suite's topics.
 *
 * @param specversion always {@code 1.0}
 * @param id unique event id (UUID); consumers deduplicate on it
 * @param source the producing service, e.g. {@code /ticket-service}
 * @param type versioned event type, e.g. {@code ticketing.ticket.created.v1}
 * @param subject the aggregate id (ticket id, user id); also the Kafka record key
 * @param time when the change happened (UTC)
 * @param datacontenttype always {@code application/json}
 * @param requestid CloudEvents extension: the {@code X-Request-Id} of the HTTP request that caused the event
 * @param data the event payload, one of the records of this package
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String requestid,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    /** A new envelope with a fresh id and the current time. */
    public static <T> EventEnvelope<T> of(String source, String type, String subject, String requestId, T data) {
        return of(source, type, subject, requestId, data, Instant.now());
    }

    /** A new envelope with a fresh id and the given time (from the service's clock). */
    public static <T> EventEnvelope<T> of(String source, String type, String subject, String requestId, T data,
            Instant time) {
        return new EventEnvelope<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time,
                "application/json", requestId, data);
    }
}
