package dev.ticketing.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;

/**
 * The walking skeleton, end to end: the packaged services behind the gateway, on a real MariaDB and a real Kafka
 * broker of the suite's own (the shared {@link Suite}, stopped when the test JVM exits). Token, ticket, event
 * across Kafka, counted in reports, notified; and no loss while Kafka is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    // One token per user for the whole run: the gateway rate-limits the token endpoint per client address.
    private static String alice;
    private static String bob;
    private static String tech1;
    private static String supervisor;

    @BeforeAll
    static void startSuite() throws Exception {
        Suite.up();
        alice = token("alice");
        bob = token("bob");
        tech1 = token("tech1");
        supervisor = token("supervisor");
    }

    static String token(String username) {
        return given().baseUri(Suite.GATEWAY).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", username).formParam("password", "demo")
                .when().post("/auth/token")
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .extract().path("access_token");
    }

    static String fileTicket(String token, String title, String category, String priority) {
        return given().baseUri(Suite.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", title, "description", "Filed by the end-to-end test.", "category", category,
                        "priority", priority))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    static int ticketsCreated(String supervisorToken) {
        return given().baseUri(Suite.GATEWAY).auth().oauth2(supervisorToken)
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(200)
                .extract().path("ticketsCreated");
    }

    static List<String> notifiedTickets(String token) {
        return given().baseUri(Suite.GATEWAY).auth().oauth2(token).queryParam("size", 100)
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .extract().jsonPath().getList("ticketId", String.class);
    }

    @Test
    @Order(1)
    void shouldCarryATicketFromCreationToReportsAndNotificationsThroughTheGateway() {
        int before = ticketsCreated(supervisor);

        String id = fileTicket(alice, "E2E: mail client crashes", "BUG", "P2");

        given().baseUri(Suite.GATEWAY).auth().oauth2(alice)
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(200)
                .body("status", equalTo("NEW"))
                .body("requester.name", equalTo("Alice Martin"));

        await().atMost(EVENTUAL).untilAsserted(() -> assertEquals(before + 1, ticketsCreated(supervisor)));
        await().atMost(EVENTUAL).untilAsserted(() -> assertTrue(notifiedTickets(alice).contains(id)));
        // Bob was not notified of Alice's ticket, and cannot read it.
        assertTrue(!notifiedTickets(bob).contains(id));
        given().baseUri(Suite.GATEWAY).auth().oauth2(bob)
                .when().get("/api/v1/tickets/" + id)
                .then().statusCode(404);
        await().atMost(EVENTUAL).untilAsserted(() ->
                given().baseUri(Suite.GATEWAY).auth().oauth2(tech1).queryParam("size", 100)
                        .when().get("/api/v1/assignments/open-tickets")
                        .then().statusCode(200)
                        .body("ticketId", hasItem(id)));
    }

    @Test
    @Order(2)
    void shouldAnswer401ProblemAtTheGatewayWithoutAValidToken() {
        given().baseUri(Suite.GATEWAY)
                .when().get("/api/v1/tickets/anything")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().baseUri(Suite.GATEWAY).auth().oauth2("eyJhbGciOiJub25lIn0.e30.")
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().baseUri(Suite.GATEWAY).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", "alice").formParam("password", "wrong")
                .when().post("/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    @Order(3)
    void shouldServeTheMergedOpenApiAndSwaggerUi() {
        given().baseUri(Suite.GATEWAY)
                .when().get("/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/tickets"))
                .body("paths", hasKey("/api/v1/reports/kpis"))
                .body("paths", hasKey("/api/v1/notifications"))
                .body("paths", hasKey("/auth/token"));
        given().baseUri(Suite.GATEWAY)
                .when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    @Order(4)
    void shouldKeepEventsInTheOutboxWhileKafkaIsDownAndDeliverThemWhenItReturns() throws Exception {
        int before = ticketsCreated(supervisor);

        Suite.stopKafka();
        String id;
        try {
            id = fileTicket(alice, "E2E: filed while Kafka is down", "QUESTION", "P3");
            // The ticket is stored and readable; its event waits in the outbox.
            given().baseUri(Suite.GATEWAY).auth().oauth2(alice)
                    .when().get("/api/v1/tickets/" + id)
                    .then().statusCode(200);
            await().atMost(EVENTUAL).untilAsserted(() -> assertTrue(outboxPending() >= 1,
                    "the event should wait in the outbox"));
            Thread.sleep(3_000);
            assertEquals(before, ticketsCreated(supervisor), "nothing can be counted while Kafka is down");
        } finally {
            Suite.startKafka();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertEquals(before + 1, ticketsCreated(supervisor)));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertTrue(notifiedTickets(alice).contains(id)));
        await().atMost(EVENTUAL).untilAsserted(() -> assertEquals(0.0, outboxPending()));
    }

    /** The ticket-service's gauge of unpublished outbox rows, read from its Prometheus endpoint. */
    private static double outboxPending() {
        String metrics = given().baseUri(Suite.TICKET_SERVICE).when().get("/q/metrics")
                .then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^ticketing_outbox_pending(?:\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no ticketing_outbox_pending gauge in /q/metrics");
        }
        return Double.parseDouble(m.group(1));
    }
}
