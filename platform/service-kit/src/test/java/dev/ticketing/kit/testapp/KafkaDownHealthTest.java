package dev.ticketing.kit.testapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With no broker reachable, the service stays ready; only the kafka group and the gauge say DOWN. */
@QuarkusTest
@TestProfile(KafkaDownHealthTest.NoBroker.class)
class KafkaDownHealthTest {

    /** Points the service at a port where no broker listens. */
    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:9");
        }
    }

    @Test
    void withKafkaDownReadinessStaysUpAndTheKafkaGroupIsDown() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/group/kafka").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(0.0, gauge());
    }

    static double gauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^ticketing_kafka_up(\\{[^}]*})? ([0-9.E+]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(2)) : -1;
    }
}
