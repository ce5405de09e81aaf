package dev.ticketing.notification.inbox;

/** What a notification is about. */
public enum NotificationType {
    TICKET_CREATED,
    STATUS_CHANGED,
    TICKET_ASSIGNED,
    COMMENT_ADDED,
    SOLUTION_PROPOSED,
    SLA_BREACHED,
    TICKET_CLOSED
}
