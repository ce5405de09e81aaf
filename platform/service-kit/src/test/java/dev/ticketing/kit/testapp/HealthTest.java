package dev.ticketing.kit.testapp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Readiness is the database only; Kafka has its own health group and gauge. */
@QuarkusTest
@QuarkusTestResource(KafkaTestTopic.class)
class HealthTest {

    @Test
    void readinessIsTheDatabaseOnlyAndKafkaHasItsOwnGroupAndGauge() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsStringIgnoringCase("database")))
                .body("checks.name", everyItem(not(containsStringIgnoringCase("kafka"))))
                // SmallRye's readiness check stays listed, but no channel reports to it (always UP, no data).
                .body("checks.findAll { it.name.contains('Messaging') }.data", everyItem(nullValue()))
                .body("checks.status", everyItem(equalTo("UP")));
        given().get("/q/health/group/kafka").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka"));
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaDownHealthTest.gauge() == 1.0);
    }
}
