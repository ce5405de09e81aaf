package dev.ticketing.assignment;

import static dev.ticketing.assignment.TechnicianResourceTest.SUPERVISOR;
import static dev.ticketing.assignment.TechnicianResourceTest.WAIT;
import static dev.ticketing.assignment.TechnicianResourceTest.createTechnician;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.Topics;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What a POST answers is what later reads answer, and the event it causes carries its request id. */
@QuarkusTest
class AssignmentAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAnswerTheSameAssignedAtOnPostAndGetAndCarryTheRequestId() throws Exception {
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(TestEvents.created(ticketId, "BUG", "P3", UUID.randomUUID().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId).then().statusCode(200));
        String technicianId = createTechnician("Pia " + UUID.randomUUID());
        String requestId = "req-" + UUID.randomUUID();

        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.ASSIGNMENT_EVENTS)) {
            var created = given().header("Authorization", SUPERVISOR).header("X-Request-Id", requestId)
                    .contentType(ContentType.JSON).body(Map.of("ticketId", ticketId, "technicianId", technicianId))
                    .when().post("/api/v1/assignments").then().statusCode(201).extract();
            String posted = created.path("assignedAt");
            String location = created.header("Location");

            String read = given().header("Authorization", SUPERVISOR).when().get(location)
                    .then().statusCode(200).extract().path("assignedAt");
            String listed = given().header("Authorization", SUPERVISOR).queryParam("ticketId", ticketId)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().path("[0].assignedAt");
            assertEquals(posted, read);
            assertEquals(posted, listed);

            ConsumerRecord<String, String> record = watcher.await(r -> ticketId.equals(r.key()), WAIT);
            JsonNode event = JSON.readTree(record.value());
            assertEquals(requestId, event.get("requestid").asText());
            assertEquals(Instant.parse(posted), Instant.parse(event.at("/data/assignedAt").asText()));
        }
    }
}
