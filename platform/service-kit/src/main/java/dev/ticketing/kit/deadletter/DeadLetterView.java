package dev.ticketing.kit.deadletter;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dead letter as the admin API shows it. */
@Schema(name = "DeadLetter", description = "A record a consumer could never apply")
public record DeadLetterView(
        @Schema(example = "42") long id,
        @Schema(description = "The consumer that gave up on it", example = "reporting-service.tickets")
        String consumer,
        @Schema(example = "ticket-events") String topic,
        @Schema(example = "3") Integer partition,
        @Schema(example = "1207") Long offset,
        @Schema(description = "The record key (aggregate id)", example = "5b0c1d5e-8f1a-4f7e-9a55-0d6c0e0e6a11")
        String key,
        @Schema(example = "0f8fad5b-d9cb-469f-a165-70867728950e") String eventId,
        @Schema(example = "ticketing.ticket.created.v1") String eventType,
        @Schema(description = "The record's value as received", example = "{\"specversion\":\"1.0\"}")
        String payload,
        @Schema(example = "MalformedEventException: TicketCreated without ticketId, category or priority")
        String error,
        @Schema(example = "2026-12-01T10:15:30Z") Instant deadLetteredAt,
        @Schema(description = "When it was last replayed; null if never", example = "2026-12-01T11:00:00Z")
        Instant replayedAt) {

    static DeadLetterView of(DeadLetter row) {
        return new DeadLetterView(row.id, row.consumer, row.topic, row.partition, row.offset, row.recordKey,
                row.eventId, row.eventType, row.payload, row.error, row.deadLetteredAt, row.replayedAt);
    }
}
