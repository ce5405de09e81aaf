package dev.ticketing.notification;

import static dev.ticketing.testkit.AttackerChecks.assertRejectsBadTokens;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Called directly, without the gateway, notification-service verifies tokens. Every role may read its own
 * notifications (no wrong role); another user's notification is 404:
 * {@code NotificationResourceTest.shouldHideSomeoneElsesNotifications}.
 */
@QuarkusTest
class ZeroTrustTest {

    @Test
    void shouldRefuseBadTokens() {
        TestUser alice = TestUser.of("alice", "requester");
        assertRejectsBadTokens(alice, "GET", "/api/v1/notifications");
        assertRejectsBadTokens(alice, "POST", "/api/v1/notifications/" + UUID.randomUUID() + "/read");
        assertRejectsBadTokens(alice, "POST", "/api/v1/notifications/read-all");
    }
}
