package dev.ticketing.tickets.history;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One history entry as the API shows it. */
@Schema(name = "HistoryEntry")
public record HistoryView(long id, Instant at, Actor actor, String action,
        @Schema(nullable = true) String field, @Schema(nullable = true) String oldValue,
        @Schema(nullable = true) String newValue, @Schema(nullable = true) String requestId) {

    /** Who made the change ({@code system} for timers and events). */
    @Schema(name = "HistoryActor")
    public record Actor(String id, String name) {
    }

    public static HistoryView of(HistoryEntry e) {
        return new HistoryView(e.id, e.at, new Actor(e.actorId, e.actorName), e.action, e.field, e.oldValue,
                e.newValue, e.requestId);
    }
}
