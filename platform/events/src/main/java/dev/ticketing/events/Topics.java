package dev.ticketing.events;

/** Names of the Kafka topics; each is written by one service only. */
public final class Topics {

    /** Written by ticket-service; key = ticket id. */
    public static final String TICKET_EVENTS = "ticket-events";
    /** Written by assignment-service; key = ticket id. */
    public static final String ASSIGNMENT_EVENTS = "assignment-events";
    /** Written by the gateway (identity); key = user id. */
    public static final String IDENTITY_EVENTS = "identity-events";
    /** Written by notification-service; key = recipient id. */
    public static final String NOTIFICATION_EVENTS = "notification-events";
    /** Poison messages, with the failure in the record headers. */
    public static final String DEAD_LETTER = "ticketing-dead-letter";

    private Topics() {
    }
}
