package dev.ticketing.assignment;

import static dev.ticketing.assignment.TechnicianResourceTest.SUPERVISOR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** Bad input found by probing: 400 problem+json, never a 500 nor a filter that silently matches nothing. */
@QuarkusTest
class BadInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/technicians", "/api/v1/assignments", "/api/v1/assignments/open-tickets"})
    void shouldRejectAPageWhoseOffsetOverflows(String path) {
        given().header("Authorization", SUPERVISOR).queryParam("ticketId", UUID.randomUUID().toString())
                .queryParam("page", 107374183)
                .when().get(path)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @ParameterizedTest
    @CsvSource({"category, incident", "category, FIRE", "priority, P9", "priority, p1"})
    void shouldRejectUnknownEnumFiltersOnOpenTickets(String name, String value) {
        given().header("Authorization", SUPERVISOR).queryParam(name, value)
                .when().get("/api/v1/assignments/open-tickets")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(name));
    }

    @ParameterizedTest
    @CsvSource({"skill, FIRE", "available, maybe"})
    void shouldRejectUnknownFiltersOnTechnicians(String name, String value) {
        given().header("Authorization", SUPERVISOR).queryParam(name, value)
                .when().get("/api/v1/technicians")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(name));
    }
}
