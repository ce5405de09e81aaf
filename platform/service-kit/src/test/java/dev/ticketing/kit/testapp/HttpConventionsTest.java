package dev.ticketing.kit.testapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The kit's HTTP conventions, in a running service: strict parameters, no-store, 405 (with Allow),
 * 413, 414 and 431 as problem+json. */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
class HttpConventionsTest {

    private static final String PARAMS = "/api/v1/kit-test/params";

    @Test
    void validParametersAreConvertedAndTheAnswerIsNoStore() {
        given().get(PARAMS + "?color=RED&flag=true&n=7").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("color", equalTo("RED")).body("flag", equalTo("true")).body("n", equalTo("7"));
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedValues() {
        given().get(PARAMS + "?color=bogus").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("RED, GREEN"))
                .body("errors[0].field", equalTo("color"));
    }

    @Test
    void booleanOtherThanTrueOrFalseIs400() {
        given().get(PARAMS + "?flag=maybe").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("flag"));
    }

    @Test
    void numberOutOfIntRangeIs400() {
        given().get(PARAMS + "?n=99999999999").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("n"));
    }

    @Test
    void pageThatWouldOverflowTheOffsetIs400() {
        given().auth().oauth2(TestUser.of("kit-admin", "admin").token())
                .get("/api/v1/dead-letters/kit-test?page=107374183&size=20").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void methodNotAllowedIsProblemJson() {
        given().delete(PARAMS).then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    @Test
    void methodNotAllowedListsEveryMethodOfThePath() {
        given().auth().oauth2(TestUser.of("kit-admin", "admin").token())
                .delete("/api/v1/dead-letters/kit-test/1/replay").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("OPTIONS, POST"));
    }

    @Test
    void requestLineOverTheLimitIs414ProblemJson() {
        given().get(PARAMS + "?pad=" + "x".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void headersOverTheLimitAre431ProblemJson() {
        given().header("X-Padding", "x".repeat(9000)).get(PARAMS).then().statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
    }

    @Test
    void bodyOverTheLimitIs413ProblemJson() {
        given().contentType("application/json").body("[\"" + "x".repeat(1_100_000) + "\"]")
                .post("/api/v1/dead-letters/kit-test/1/replay").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
