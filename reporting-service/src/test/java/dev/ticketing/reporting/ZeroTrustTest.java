package dev.ticketing.reporting;

import static dev.ticketing.testkit.AttackerChecks.assertForbidden;
import static dev.ticketing.testkit.AttackerChecks.assertRejectsBadTokens;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Called directly, without the gateway, reporting-service verifies tokens and its role rule (supervisors and
 * admins). Requesters: {@code KpiResourceTest.shouldForbidRequesters}. KPIs are not per-user objects.
 */
@QuarkusTest
class ZeroTrustTest {

    @Test
    void shouldRefuseBadTokens() {
        TestUser supervisor = TestUser.of("sam", "supervisor");
        assertRejectsBadTokens(supervisor, "GET", "/api/v1/reports/kpis");
        assertRejectsBadTokens(supervisor, "GET", "/api/v1/reports/kpis?category=INCIDENT&priority=P1");
    }

    @Test
    void shouldRefuseTechniciansAndServiceClients() {
        assertForbidden(TestUser.of("tess", "technician"), "GET", "/api/v1/reports/kpis", null);
        assertForbidden(TestUser.of("crm", "service"), "GET", "/api/v1/reports/kpis", null);
    }
}
