package dev.ticketing.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input found by probing: 400 problem+json, never a 500 nor a wrong answer. */
@QuarkusTest
class BadInputTest {

    private static final String SUPERVISOR = TestUser.of("sam", "supervisor").bearer();

    @ParameterizedTest
    @CsvSource({
        "to, -1000000000-01-01T00:00:00Z",
        "to, +1000000000-12-31T23:59:59Z",
        "from, -1000000000-01-01T00:00:00Z",
        "from, +10000-01-01T00:00:00Z",
        "from, 0000-01-01T00:00:00Z",
        "to, 1969-12-31T23:59:59Z"})
    void shouldRejectInstantsOutsideTheDatabaseRange(String name, String value) {
        given().header("Authorization", SUPERVISOR).queryParam(name, value)
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(name));
    }

    @ParameterizedTest
    @CsvSource({"1970-01-01T00:00:00Z, 1970-01-02T00:00:00Z", "9999-12-30T00:00:00Z, 9999-12-31T23:59:59Z"})
    void shouldAnswerThePeriodsAtTheEdgesOfTheRange(String from, String to) {
        given().header("Authorization", SUPERVISOR).queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(200).body("ticketsCreated", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({"category, incident", "priority, P9", "priority, p1"})
    void shouldRejectUnknownEnumFilters(String name, String value) {
        given().header("Authorization", SUPERVISOR).queryParam(name, value)
                .when().get("/api/v1/reports/kpis")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(name));
    }
}
