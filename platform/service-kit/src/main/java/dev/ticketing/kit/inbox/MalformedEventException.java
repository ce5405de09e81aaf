package dev.ticketing.kit.inbox;

/** A record on a topic that is not a usable event; it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
