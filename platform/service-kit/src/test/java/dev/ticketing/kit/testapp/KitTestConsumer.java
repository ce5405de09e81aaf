package dev.ticketing.kit.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.ticketing.kit.inbox.EventInbox;
import io.smallrye.common.annotation.Blocking;

/** The test app's consumer, written as the services write theirs. */
@ApplicationScoped
public class KitTestConsumer {

    public static final String CONSUMER = "kit-test.counter";

    private final EventInbox inbox;
    private final TestEffect effect;

    KitTestConsumer(EventInbox inbox, TestEffect effect) {
        this.inbox = inbox;
        this.effect = effect;
    }

    @Incoming("kit-test")
    @Blocking
    public void onEvent(String json) {
        inbox.process(CONSUMER, json, effect::apply);
    }
}
