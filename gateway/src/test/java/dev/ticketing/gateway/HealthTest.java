package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class HealthTest {

    @Test
    void shouldBeReadyWithDatabaseAndKafka() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServeSwaggerUiWithMergedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/openapi"));
    }
}
