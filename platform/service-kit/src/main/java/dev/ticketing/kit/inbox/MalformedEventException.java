package dev.ticketing.kit.inbox;

/** A record on a topic that is not a usable event (unparseable, missing fields): poison, dead-lettered. */
public class MalformedEventException extends PoisonEventException {

    public MalformedEventException(String message) {
        super(message);
    }
}
