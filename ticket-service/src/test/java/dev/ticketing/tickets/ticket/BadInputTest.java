package dev.ticketing.tickets.ticket;

import static dev.ticketing.tickets.TicketApi.assignThroughKafka;
import static dev.ticketing.tickets.TicketApi.create;
import static dev.ticketing.tickets.TicketApi.get;
import static dev.ticketing.tickets.TicketApi.status;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Input the API cannot honour answers 400 problem+json naming the field, never 500 nor a wrong answer. */
@QuarkusTest
class BadInputTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser TECH = TestUser.of("tech1", "technician");
    private static final TestUser SUPERVISOR = TestUser.of("supervisor", "supervisor");

    @Test
    void shouldRefuseAPageBeyondAnyListOnCommentsAndHistory() {
        String id = create(ALICE, "Paging", "P2");
        for (String list : new String[] {"comments", "history"}) {
            given().auth().oauth2(ALICE.token()).queryParam("page", 107374183).queryParam("size", 20)
                    .when().get("/api/v1/tickets/" + id + "/" + list)
                    .then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.field", hasItem("page"));
        }
        given().auth().oauth2(ALICE.token()).queryParam("page", 107374183)
                .when().get("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void shouldRefuseAResumeAtAfterTheYear9999() {
        String id = create(ALICE, "Far future", "P2");
        assignThroughKafka(id, TECH);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(TECH, id).statusCode(200)
                .body("status", equalTo("ASSIGNED")));
        status(TECH, id, Map.of("status", "IN_PROGRESS")).statusCode(200);
        status(TECH, id, Map.of("status", "PENDING", "reason", "Vendor", "resumeAt", "+10000-01-01T00:00:00Z"))
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("resumeAt"));
        get(TECH, id).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldRefuseCreatedFromAndToOutsideTheStoredRange() {
        given().auth().oauth2(SUPERVISOR.token())
                .queryParam("createdFrom", "-1000000000-01-01T00:00:00Z")
                .queryParam("createdTo", "+99999-01-01T00:00:00Z")
                .queryParam("updatedSince", "0001-01-01T00:00:00Z")
                .when().get("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("createdFrom", "createdTo", "updatedSince"));
    }

    @Test
    void shouldRefuseAFractionForAnIntegerField() {
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"description\":\"d\",\"category\":\"INCIDENT\",\"impact\":2.9999,"
                        + "\"urgency\":2}")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("impact"));
    }

    @Test
    void shouldRefuseUnknownFilterValuesNamingTheAllowedOnes() {
        given().auth().oauth2(SUPERVISOR.token())
                .queryParam("status", "BOGUS").queryParam("priority", "P9").queryParam("category", "x")
                .queryParam("archived", "maybe")
                .when().get("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("status", "priority", "category", "archived"))
                .body("errors.find { it.field == 'priority' }.message", containsString("P0"))
                .body("errors.find { it.field == 'status' }.message", containsString("IN_PROGRESS"))
                .body("errors.find { it.field == 'category' }.message", containsString("INCIDENT"))
                .body("errors.find { it.field == 'archived' }.message", containsString("true or false"));
    }
}
