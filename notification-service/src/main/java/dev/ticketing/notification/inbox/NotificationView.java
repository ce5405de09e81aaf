package dev.ticketing.notification.inbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification as the API shows it to its recipient. */
@Schema(name = "Notification", description = "An in-app notification")
public record NotificationView(
        @Schema(description = "Notification id", example = "5b7c1f0e-8a43-4c8e-9a51-0d6a3c2b7e11") String id,
        @Schema(description = "What it is about", example = "STATUS_CHANGED") NotificationType type,
        @Schema(description = "Text to show", example = "Ticket 3f2a… is now RESOLVED") String title,
        @Schema(description = "The ticket concerned", example = "3f2a8c1e-0b7d-4b8e-9a51-0d6a3c2b7e11")
        String ticketId,
        @Schema(description = "When it was raised", example = "2026-01-31T09:15:00Z") Instant createdAt,
        @Schema(description = "Whether the recipient has read it") boolean read,
        @Schema(description = "When the recipient read it, or null") Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, NotificationType.valueOf(n.type), n.title, n.ticketId, n.createdAt,
                n.readAt != null, n.readAt);
    }
}
