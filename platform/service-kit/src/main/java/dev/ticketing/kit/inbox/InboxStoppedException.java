package dev.ticketing.kit.inbox;

/**
 * The application is shutting down: the record was neither applied nor dead-lettered, and stays unacknowledged
 * (its offset uncommitted) for the next start.
 */
public class InboxStoppedException extends RuntimeException {

    public InboxStoppedException(String consumer) {
        super(consumer + ": shutting down, record left for the next start", null, false, false);
    }
}
