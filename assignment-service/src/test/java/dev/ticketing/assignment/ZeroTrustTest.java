package dev.ticketing.assignment;

import static dev.ticketing.testkit.AttackerChecks.assertForbidden;
import static dev.ticketing.testkit.AttackerChecks.assertRejectsBadTokens;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Called directly, without the gateway, assignment-service verifies tokens and applies its own rules. Requesters
 * on {@code POST}/list assignments, open tickets and technicians: the {@code shouldForbidRequesters} tests.
 */
@QuarkusTest
class ZeroTrustTest {

    private static final TestUser SUPERVISOR = TestUser.of("supervisor", "supervisor");

    @Test
    void shouldRefuseBadTokens() {
        Map<String, String> assignment = Map.of("ticketId", UUID.randomUUID().toString(),
                "technicianId", UUID.randomUUID().toString());
        assertRejectsBadTokens(SUPERVISOR, "POST", "/api/v1/assignments", assignment);
        assertRejectsBadTokens(SUPERVISOR, "GET", "/api/v1/assignments/open-tickets");
        assertRejectsBadTokens(SUPERVISOR, "GET", "/api/v1/technicians");
    }

    @Test
    void shouldRefuseWrongRole() {
        TestUser requester = TestUser.of("alice", "requester");
        assertForbidden(requester, "GET", "/api/v1/assignments/" + UUID.randomUUID(), null);
        assertForbidden(TestUser.of("tech", "technician"), "PATCH", "/api/v1/technicians/" + requester.id(),
                Map.of("level", 2));
    }
}
