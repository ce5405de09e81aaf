package dev.ticketing.kit.inbox;

/**
 * Thrown by a consumer's effect when the event can never apply (retrying cannot help): the kit stores the record
 * as a dead letter and the partition moves on. Every other exception is taken as transient and retried.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
