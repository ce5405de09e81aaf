package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class ProxyTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");

    @BeforeEach
    void forget() {
        FakeUpstream.LAST.set(null);
    }

    @Test
    void shouldRefuseProxiedRouteWithoutToken() {
        given().when().get("/api/v1/tickets?status=NEW")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://ticketing.dev/problems/unauthorized"))
                .body("title", equalTo("Unauthorized"))
                .body("status", equalTo(401))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/v1/tickets"))
                .body("requestId", notNullValue());
        assertNull(FakeUpstream.LAST.get(), "the request must not reach the upstream");
    }

    @Test
    void shouldRefuseBadTokensBeforeForwarding() {
        for (Function<TestUser, String> forge : java.util.List.<Function<TestUser, String>>of(TestTokens::expired,
                TestTokens::foreignSignature, TestTokens::wrongIssuer, TestTokens::wrongAudience,
                TestTokens::unsigned, TestTokens::unknownKeyId, user -> "not-a-jwt")) {
            given().header("Authorization", "Bearer " + forge.apply(ALICE))
                    .when().get("/api/v1/kb/articles")
                    .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        }
        given().header("Authorization", "Basic YWxpY2U6ZGVtbw==").when().get("/api/v1/tickets")
                .then().statusCode(401).contentType("application/problem+json");
        assertNull(FakeUpstream.LAST.get(), "no bad token may reach the upstream");
    }

    @Test
    void shouldForwardRequestUnchangedAndReturnUpstreamAnswer() {
        String token = Tokens.passwordToken("alice", "demo");
        given().urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "req-123.abc")
                .header("X-Fake-Status", "201")
                .contentType("application/json")
                .body("{\"title\":\"Printer on fire\"}")
                .when().post("/api/v1/tickets?notify=true&x=%20y")
                .then().statusCode(201)
                .header("X-Upstream", "ticket-service")
                .header("X-Request-Id", "req-123.abc")
                .header("X-Content-Type-Options", "nosniff")
                .header("Server", nullValue())
                .body("upstream", equalTo("ticket-service"))
                .body("bodyLength", equalTo(27));
        FakeUpstream.Received received = FakeUpstream.LAST.get();
        assertNotNull(received);
        assertEquals("POST", received.method());
        assertEquals("/api/v1/tickets?notify=true&x=%20y", received.uri());
        assertEquals("{\"title\":\"Printer on fire\"}", received.body());
        assertEquals("Bearer " + token, received.headers().get("Authorization"));
        assertEquals("req-123.abc", received.headers().get("X-Request-Id"));
        assertEquals("application/json", received.headers().get("Content-Type"));
        assertNotNull(received.headers().get("X-Forwarded-For"));
        assertEquals("http", received.headers().get("X-Forwarded-Proto"));
        assertNotNull(received.headers().get("X-Forwarded-Host"));
    }

    @Test
    void shouldStreamLargeChunkedBody() {
        String big = "x".repeat(300_000);
        given().header("Authorization", "Bearer " + TestTokens.token(ALICE))
                .contentType("text/plain")
                .body(new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .when().put("/api/v1/tickets/7/attachment")
                .then().statusCode(200).body("bodyLength", equalTo(300_000));
        assertEquals("PUT", FakeUpstream.LAST.get().method());
        assertEquals(big, FakeUpstream.LAST.get().body());
    }

    @Test
    void shouldPassUpstreamErrorStatusAndGenerateRequestId() {
        given().header("Authorization", "Bearer " + TestTokens.token(ALICE))
                .header("X-Request-Id", "bad id with spaces")
                .header("X-Fake-Status", "404")
                .when().get("/api/v1/kb/articles/42")
                .then().statusCode(404)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        FakeUpstream.Received received = FakeUpstream.LAST.get();
        assertEquals("GET", received.method());
        assertEquals("/api/v1/kb/articles/42", received.uri());
        assertEquals("", received.body());
        assertNotNull(received.headers().get("X-Request-Id"));
        assertEquals(36, received.headers().get("X-Request-Id").length());
    }

    @Test
    void shouldNotProxyGatewayOwnOrUnknownPrefixes() {
        String token = Tokens.passwordToken("bob", "demo");
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/users/me")
                .then().statusCode(200).body("username", equalTo("bob"));
        given().header("Authorization", "Bearer " + token).when().get("/api/v1/ticketsfoo")
                .then().statusCode(404);
        assertNull(FakeUpstream.LAST.get());
    }

    @Test
    void shouldAnswer503WhenUpstreamIsDown() {
        given().header("Authorization", "Bearer " + TestTokens.token(ALICE))
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("type", equalTo("https://ticketing.dev/problems/upstream-unavailable"))
                .body("instance", equalTo("/api/v1/reports/kpis"));
    }

    @Test
    void shouldAnswer504WhenUpstreamIsTooSlow() {
        given().header("Authorization", "Bearer " + TestTokens.token(ALICE))
                .when().get("/api/v1/tickets/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("status", equalTo(504));
    }

    @Test
    void shouldServeMergedOpenApiWithUpstreamPaths() {
        given().when().get("/openapi")
                .then().statusCode(200)
                .body("paths.'/auth/token'.post", notNullValue())
                .body("paths.'/api/v1/users/me'.get", notNullValue())
                .body("paths.'/api/v1/tickets'.get.summary", equalTo("List tickets"))
                .body("components.schemas.Ticket", notNullValue())
                .body("components.schemas.UserProfile", notNullValue())
                .body("components.securitySchemes.bearer", notNullValue())
                // The Swagger UI can log in by itself: password flow on the token endpoint.
                .body("components.securitySchemes.login.flows.password.tokenUrl", equalTo("/auth/token"))
                .body("paths.'/api/v1/users/me'.get.security.login", org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.empty()))
                .body("info.description", org.hamcrest.Matchers.containsString("reporting-service"));
    }

    @Test
    void shouldKeepTheSchemeAndHostOfATrustedProxy() {
        // The test client is 127.0.0.1, a trusted proxy in the default configuration: a TLS-terminating ingress.
        given().header("Authorization", ALICE.bearer()).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "ticketing.example.com").header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/v1/tickets").then().statusCode(200);
        FakeUpstream.Received received = FakeUpstream.LAST.get();
        assertEquals("https", received.headers().get("X-Forwarded-Proto"));
        assertEquals("ticketing.example.com", received.headers().get("X-Forwarded-Host"));
        assertEquals("203.0.113.7, 127.0.0.1", received.headers().get("X-Forwarded-For"));
    }

    @Test
    void shouldRouteEachServiceDeadLetterApiToThatService() {
        String admin = TestUser.of("ops-admin", "admin").bearer();
        given().header("Authorization", admin).when().get("/api/v1/dead-letters/ticket-service?page=0&size=5")
                .then().statusCode(200).header("X-Upstream", "ticket-service");
        assertEquals("/api/v1/dead-letters/ticket-service?page=0&size=5", FakeUpstream.LAST.get().uri());
        given().header("Authorization", admin).when().post("/api/v1/dead-letters/ticket-service/42/replay")
                .then().statusCode(200);
        assertEquals("POST", FakeUpstream.LAST.get().method());
        assertEquals("/api/v1/dead-letters/ticket-service/42/replay", FakeUpstream.LAST.get().uri());
        // reporting-service points at a closed port in the tests: 503 shows the route goes there.
        given().header("Authorization", admin).when().get("/api/v1/dead-letters/reporting-service")
                .then().statusCode(503).contentType("application/problem+json");
        // assignment-service is ClosingUpstream, notification-service FlakyUpstream: their answers show the route.
        given().header("Authorization", admin).when().get("/api/v1/dead-letters/assignment-service")
                .then().statusCode(200).body("n", org.hamcrest.Matchers.notNullValue());
        FakeUpstream.LAST.set(null);
        given().header("Authorization", admin).when().get("/api/v1/dead-letters/billing-service")
                .then().statusCode(404);
        given().header("Authorization", admin).when().get("/api/v1/dead-letters/ticket-service-x")
                .then().statusCode(404);
        assertNull(FakeUpstream.LAST.get(), "another service name is not routed");
    }
}
