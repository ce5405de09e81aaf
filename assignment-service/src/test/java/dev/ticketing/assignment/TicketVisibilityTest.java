package dev.ticketing.assignment;

import static dev.ticketing.assignment.TechnicianResourceTest.SUPERVISOR;
import static dev.ticketing.assignment.TechnicianResourceTest.WAIT;
import static dev.ticketing.assignment.TechnicianResourceTest.createTechnician;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestEvents;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * ARCHITECTURE "Security": a technician takes only unassigned tickets they can see, moving a ticket from its
 * assignee is a supervisor's act, and assignment-service shows tickets with ticket-service's visibility.
 */
@QuarkusTest
class TicketVisibilityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldNotLetTechnicianTakeColleaguesTicket() {
        String ticketId = openTicket(UUID.randomUUID().toString());
        TestUser tech1 = technician("Tom");
        TestUser tech2 = technician("Tara");
        assign(tech1.bearer(), ticketId, tech1.id()).statusCode(201).body("technicianId", equalTo(tech1.id()));

        // tech2 can no longer see the ticket: taking it is 404, as is every read of it.
        assign(tech2.bearer(), ticketId, tech2.id()).statusCode(404).contentType(PROBLEM);
        given().header("Authorization", tech2.bearer()).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", tech2.bearer()).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments").then().statusCode(404).contentType(PROBLEM);
        // Naming someone else is a supervisor's act, whatever the ticket.
        assign(tech2.bearer(), ticketId, tech1.id()).statusCode(403).contentType(PROBLEM);
        // Nothing changed: the ticket is still tech1's.
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("assigneeId", equalTo(tech1.id()));

        // The supervisor moves it; then it is tech2's to see and tech1's no more.
        assign(SUPERVISOR, ticketId, tech2.id()).statusCode(201);
        given().header("Authorization", tech2.bearer()).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("assigneeId", equalTo(tech2.id()));
        given().header("Authorization", tech1.bearer()).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerConflictWhenTechnicianSeesTicketThatIsNoLongerUnassigned() {
        TestUser tech1 = technician("Tim");
        TestUser tech2 = technician("Tia");
        // tech2 filed this ticket, so still sees it once tech1 has taken it.
        String ticketId = openTicket(tech2.id());
        assign(tech1.bearer(), ticketId, tech1.id()).statusCode(201);

        assign(tech2.bearer(), ticketId, tech2.id()).statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409));
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("assigneeId", equalTo(tech1.id()));
    }

    @Test
    void shouldRefuseRequestersAndCallersWithoutToken() {
        String ticketId = openTicket(UUID.randomUUID().toString());
        TestUser requester = TestUser.of("rita", "requester");
        assign(requester.bearer(), ticketId, requester.id()).statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("ticketId", ticketId, "technicianId", requester.id()))
                .when().post("/api/v1/assignments").then().statusCode(401);
        given().header("Authorization", SUPERVISOR).when().get("/api/v1/assignments/open-tickets/" + ticketId)
                .then().statusCode(200).body("assigneeId", equalTo(null));
    }

    @Test
    void shouldListOnlyTicketsTheTechnicianCanSee() {
        String requester = UUID.randomUUID().toString();
        TestUser tech1 = technician("Tobias");
        TestUser tech2 = technician("Tamara");
        String unassigned = openTicket(requester);
        String ofTech1 = openTicket(requester);
        String ofTech2 = openTicket(requester);
        assign(tech1.bearer(), ofTech1, tech1.id()).statusCode(201);
        assign(tech2.bearer(), ofTech2, tech2.id()).statusCode(201);

        given().header("Authorization", tech1.bearer()).queryParam("requesterId", requester)
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(200).header("X-Total-Count", "2")
                .body("ticketId", hasItem(unassigned)).body("ticketId", hasItem(ofTech1))
                .body("ticketId", not(hasItem(ofTech2)));
        given().header("Authorization", SUPERVISOR).queryParam("requesterId", requester)
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(200).header("X-Total-Count", "3");
    }

    @Test
    void shouldHideAssignmentsOfAColleaguesClosedTicket() {
        TestUser tech1 = technician("Theo");
        TestUser tech2 = technician("Thea");
        String ticketId = openTicket(UUID.randomUUID().toString());
        String location = assign(tech1.bearer(), ticketId, tech1.id()).statusCode(201).extract().header("Location");
        TestEvents.send(TestEvents.statusChanged(ticketId, "NEW", "CLOSED", "r", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId).then().statusCode(404));

        given().header("Authorization", tech1.bearer()).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments").then().statusCode(200).header("X-Total-Count", "1");
        given().header("Authorization", tech1.bearer()).when().get(location).then().statusCode(200);
        given().header("Authorization", tech2.bearer()).queryParam("ticketId", ticketId)
                .when().get("/api/v1/assignments").then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", tech2.bearer()).when().get(location)
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", tech2.bearer()).queryParam("ticketId", UUID.randomUUID().toString())
                .when().get("/api/v1/assignments").then().statusCode(404).contentType(PROBLEM);
        // A closed ticket the caller cannot see is 404 for them, not 409.
        assign(tech2.bearer(), ticketId, tech2.id()).statusCode(404).contentType(PROBLEM);
    }

    private static TestUser technician(String name) {
        String id = createTechnician(name + " " + UUID.randomUUID());
        return new TestUser(id, name.toLowerCase(), name, Set.of("technician"));
    }

    /** Files a ticket of this requester through ticket-events and waits until the projection has it. */
    private static String openTicket(String requesterId) {
        String ticketId = UUID.randomUUID().toString();
        TestEvents.send(TestEvents.created(ticketId, "INCIDENT", "P2", requesterId,
                Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", SUPERVISOR)
                .when().get("/api/v1/assignments/open-tickets/" + ticketId).then().statusCode(200));
        return ticketId;
    }

    private static ValidatableResponse assign(String bearer, String ticketId, String technicianId) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("ticketId", ticketId, "technicianId", technicianId))
                .when().post("/api/v1/assignments").then();
    }
}
