package dev.ticketing.notification.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/v1/notifications/read-all}. */
@Schema(name = "ReadAllResult")
public record ReadAllResult(@Schema(description = "Notifications marked as read", example = "3") int marked) {
}
