package dev.ticketing.notification.inbox;

/** What a notification is about. */
public enum NotificationType {
    TICKET_CREATED,
    STATUS_CHANGED
}
