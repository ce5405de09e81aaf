package dev.ticketing.assignment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.events.EventEnvelope;
import dev.ticketing.events.Topics;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The technician projection, fed by identity-events through the real broker; every test uses fresh user ids. */
@QuarkusTest
class TechnicianResourceTest {

    static final Duration WAIT = Duration.ofSeconds(60);
    static final String SUPERVISOR = TestUser.of("supervisor", "supervisor").bearer();
    private static final String TECHNICIAN = TestUser.of("tech1", "technician").bearer();

    @Test
    void shouldListTechnicianFromUserCreated() {
        String id = createTechnician("Tina " + UUID.randomUUID());

        given().header("Authorization", TECHNICIAN).when().get("/api/v1/technicians/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo("tina@example.com"))
                .body("team", equalTo("Network"))
                .body("level", equalTo(1))
                .body("capacity", equalTo(5))
                .body("available", equalTo(true))
                .body("openTickets", equalTo(0));
        given().header("Authorization", TECHNICIAN).queryParam("size", 100).queryParam("sort", "-updatedAt")
                .when().get("/api/v1/technicians")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void shouldIgnoreUsersWithoutTechnicianRoleAndDropThoseWhoLoseIt() {
        String requester = UUID.randomUUID().toString();
        TestEvents.send(Topics.IDENTITY_EVENTS, userCreated(requester, "Rita", List.of("requester")));
        String technician = UUID.randomUUID().toString();
        // Same key as the requester's event: once the technician shows, the requester's event has been applied.
        KafkaTopicWatcher.send(Topics.IDENTITY_EVENTS, requester,
                TestEvents.json(userCreated(technician, "Tom", List.of("technician"))));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/technicians/" + technician).then().statusCode(200));
        given().header("Authorization", TECHNICIAN).when().get("/api/v1/technicians/" + requester)
                .then().statusCode(404).contentType("application/problem+json");

        TestEvents.send(Topics.IDENTITY_EVENTS, userUpdated(technician, "Tom", List.of("requester"), true));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/technicians/" + technician).then().statusCode(404));
    }

    @Test
    void shouldMakeDisabledTechnicianUnavailable() {
        String id = createTechnician("Dan");
        TestEvents.send(Topics.IDENTITY_EVENTS, EventEnvelope.of("/gateway", UserDisabled.TYPE, id, null,
                new UserDisabled(id, "dan", Instant.now())));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/technicians/" + id).then().statusCode(200).body("available", equalTo(false)));
        given().header("Authorization", TECHNICIAN).queryParam("available", "true").queryParam("size", 100)
                .queryParam("sort", "-updatedAt")
                .when().get("/api/v1/technicians").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void shouldApplyTheSameIdentityEventOnlyOnce() {
        String id = UUID.randomUUID().toString();
        EventEnvelope<UserCreated> created = userCreated(id, "Eve", List.of("technician"));
        TestEvents.send(Topics.IDENTITY_EVENTS, created);
        TestEvents.send(Topics.IDENTITY_EVENTS, userUpdated(id, "Eve", List.of("requester"), true));
        // Redelivered after the role was withdrawn: applied again, it would make Eve a technician again.
        TestEvents.send(Topics.IDENTITY_EVENTS, created);
        String sentinel = UUID.randomUUID().toString();
        KafkaTopicWatcher.send(Topics.IDENTITY_EVENTS, id,
                TestEvents.json(userCreated(sentinel, "Sentinel", List.of("technician"))));

        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", TECHNICIAN)
                .when().get("/api/v1/technicians/" + sentinel).then().statusCode(200));
        given().header("Authorization", TECHNICIAN).when().get("/api/v1/technicians/" + id)
                .then().statusCode(404);
    }

    @Test
    void shouldLetSupervisorChangeSkillsWithIfMatch() {
        String id = createTechnician("Sam");
        String etag = given().header("Authorization", SUPERVISOR).when().get("/api/v1/technicians/" + id)
                .then().statusCode(200).extract().header("ETag");

        String changed = given().header("Authorization", SUPERVISOR).header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("skills", List.of("INCIDENT", "BUG"), "level", 3, "capacity", 8))
                .when().patch("/api/v1/technicians/" + id)
                .then().statusCode(200)
                .body("skills", contains("BUG", "INCIDENT"))
                .body("level", equalTo(3))
                .body("capacity", equalTo(8))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);

        given().header("Authorization", SUPERVISOR).queryParam("skill", "BUG").queryParam("size", 100)
                .queryParam("sort", "-updatedAt")
                .when().get("/api/v1/technicians").then().statusCode(200).body("id", hasItem(id));
        given().header("Authorization", SUPERVISOR).queryParam("skill", "QUESTION").queryParam("size", 100)
                .queryParam("sort", "-updatedAt")
                .when().get("/api/v1/technicians").then().statusCode(200).body("id", not(hasItem(id)));

        // The first version is stale now.
        given().header("Authorization", SUPERVISOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("available", false))
                .when().patch("/api/v1/technicians/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void shouldRejectInvalidPatches() {
        String id = createTechnician("Val");
        given().header("Authorization", SUPERVISOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("level", 4, "skills", List.of("COFFEE")))
                .when().patch("/api/v1/technicians/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(2));
        given().header("Authorization", SUPERVISOR).contentType(ContentType.JSON).body(Map.of("level", 2))
                .when().patch("/api/v1/technicians/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", TECHNICIAN).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("level", 2))
                .when().patch("/api/v1/technicians/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", SUPERVISOR).queryParam("available", "maybe")
                .when().get("/api/v1/technicians")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldForbidRequesters() {
        given().header("Authorization", TestUser.of("alice", "requester").bearer())
                .when().get("/api/v1/technicians")
                .then().statusCode(403).contentType("application/problem+json");
    }

    /** Publishes a technician's UserCreated and waits until the projection has it; returns the user id. */
    static String createTechnician(String name) {
        String id = UUID.randomUUID().toString();
        TestEvents.send(Topics.IDENTITY_EVENTS, userCreated(id, name, List.of("technician")));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/technicians/" + id).then().statusCode(200).body("name", equalTo(name)));
        return id;
    }

    static EventEnvelope<UserCreated> userCreated(String id, String name, List<String> roles) {
        return EventEnvelope.of("/gateway", UserCreated.TYPE, id, null, new UserCreated(id,
                name.toLowerCase().replace(' ', '.'), name, "tina@example.com", "fr", "Network", roles, Instant.now()));
    }

    static EventEnvelope<UserUpdated> userUpdated(String id, String name, List<String> roles, boolean enabled) {
        return EventEnvelope.of("/gateway", UserUpdated.TYPE, id, null, new UserUpdated(id,
                name.toLowerCase(), name, "tina@example.com", "fr", "Network", roles, enabled, Instant.now()));
    }
}
