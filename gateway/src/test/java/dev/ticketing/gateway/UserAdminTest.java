package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.ADMIN;
import static dev.ticketing.gateway.Accounts.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.events.Topics;
import dev.ticketing.events.UserCreated;
import dev.ticketing.events.UserDisabled;
import dev.ticketing.events.UserUpdated;
import dev.ticketing.testkit.KafkaTopicWatcher;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class UserAdminTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ConsumerRecord<String, String> awaitEvent(KafkaTopicWatcher watcher, String userId, String type) {
        return watcher.await(r -> userId.equals(r.key()) && type.equals(json(r).path("type").asText()),
                Duration.ofSeconds(20));
    }

    @Test
    void shouldCreateUserAndPublishUserCreatedThroughOutbox() {
        String username = Accounts.uniqueName("carol");
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.IDENTITY_EVENTS)) {
            Response created = Accounts.create(username, "technician");
            created.then().statusCode(201)
                    .header("Location", notNullValue())
                    .header("ETag", notNullValue())
                    .body("username", equalTo(username))
                    .body("roles", hasItem("technician"))
                    .body("enabled", equalTo(true))
                    .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                    .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
            String id = created.path("id");
            assertTrue(created.header("Location").endsWith("/api/v1/users/" + id));

            ConsumerRecord<String, String> record = awaitEvent(watcher, id, UserCreated.TYPE);
            JsonNode event = json(record);
            assertEquals(id, event.path("subject").asText());
            assertEquals(username, event.path("data").path("username").asText());
            assertEquals("technician", event.path("data").path("roles").get(0).asText());
            assertEquals("en", event.path("data").path("locale").asText());
            assertFalse(record.value().contains(PASSWORD), "no secret travels in events");
            assertFalse(record.value().contains("$2a$"), "no hash travels in events");
        }
        // The new user can log in.
        Accounts.login(username, PASSWORD, Accounts.freshIp()).then().statusCode(200);
    }

    @Test
    void shouldRefuseUserAdministrationToOtherRoles() {
        for (String role : List.of("requester", "technician", "supervisor", "service")) {
            String bearer = TestUser.of("not-admin", role).bearer();
            given().header("Authorization", bearer).when().get("/api/v1/users")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", bearer).contentType("application/json")
                    .body(Map.of("username", "intruder", "displayName", "I", "password", PASSWORD, "roles",
                            List.of("admin")))
                    .when().post("/api/v1/users").then().statusCode(403);
            given().header("Authorization", bearer).when().post("/api/v1/users/some-id/disable")
                    .then().statusCode(403);
        }
        given().when().get("/api/v1/users").then().statusCode(401);
        given().contentType("application/json").body("{}").when().post("/api/v1/service-clients")
                .then().statusCode(401);
    }

    @Test
    void shouldRejectWeakPasswordNamingTheRule() {
        String username = Accounts.uniqueName("weak");
        record Case(String password, String rule) {
        }
        for (Case c : List.of(new Case("Short-1", "min-length"), new Case("abcdefghijklmnop", "character-classes"),
                new Case(username + "-X1", "not-username"), new Case("password1234", "common-password"))) {
            given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                    .body(Map.of("username", username, "displayName", "Weak", "password", c.password(), "roles",
                            List.of("requester")))
                    .when().post("/api/v1/users")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", endsWith("/password-policy"))
                    .body("rules", hasItem(c.rule()))
                    .body("errors.field", everyItem(equalTo("password")))
                    .body("detail", containsString(c.rule()));
        }
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users?q=" + username)
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void shouldRejectDuplicateUsernameAndInvalidFields() {
        String username = Accounts.uniqueName("dup");
        Accounts.createUser(username, "requester");
        Accounts.create(username, "requester").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/duplicate-username"));
        Accounts.create(Accounts.uniqueName("bad"), "superhero").then().statusCode(400)
                .body("errors.field", hasItem("roles"));
    }

    @Test
    void shouldListUsersPagedWithFilters() {
        String prefix = Accounts.uniqueName("lst");
        Accounts.createUser(prefix + "-a", "technician");
        Accounts.createUser(prefix + "-b", "technician");
        String third = Accounts.createUser(prefix + "-c", "requester");
        given().header("Authorization", ADMIN.bearer()).post("/api/v1/users/" + third + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));

        given().header("Authorization", ADMIN.bearer())
                .when().get("/api/v1/users?q=" + prefix + "&size=2&sort=username")
                .then().statusCode(200).header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .body("size()", equalTo(2)).body("[0].username", equalTo(prefix + "-a"));
        given().header("Authorization", ADMIN.bearer())
                .when().get("/api/v1/users?q=" + prefix + "&role=technician")
                .then().statusCode(200).header("X-Total-Count", "2").body("roles.flatten()", everyItem(equalTo("technician")));
        given().header("Authorization", ADMIN.bearer())
                .when().get("/api/v1/users?q=" + prefix + "&enabled=false")
                .then().statusCode(200).header("X-Total-Count", "1").body("[0].id", equalTo(third));
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users?sort=password")
                .then().statusCode(400);
    }

    @Test
    void shouldPatchWithIfMatchAndPublishUserUpdated() {
        String id = Accounts.createUser(Accounts.uniqueName("dave"), "requester");
        String etag = given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/" + id)
                .then().statusCode(200).extract().header("ETag");
        String patch = "{\"displayName\":\"Dave Tech\",\"roles\":[\"technician\"],\"team\":\"service-desk\"}";
        given().header("Authorization", ADMIN.bearer()).contentType("application/json").body(patch)
                .when().patch("/api/v1/users/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.IDENTITY_EVENTS)) {
            String newEtag = given().header("Authorization", ADMIN.bearer()).header("If-Match", etag)
                    .contentType("application/merge-patch+json").body(patch)
                    .when().patch("/api/v1/users/" + id)
                    .then().statusCode(200).body("displayName", equalTo("Dave Tech"))
                    .body("roles", hasItem("technician")).body("team", equalTo("service-desk"))
                    .extract().header("ETag");
            assertFalse(etag.equals(newEtag), "the ETag changes with the version");
            JsonNode data = json(awaitEvent(watcher, id, UserUpdated.TYPE)).path("data");
            assertEquals("Dave Tech", data.path("displayName").asText());
            assertEquals("technician", data.path("roles").get(0).asText());
            assertTrue(data.path("enabled").asBoolean());
        }
        given().header("Authorization", ADMIN.bearer()).header("If-Match", etag).contentType("application/json")
                .body("{\"team\":\"other\"}")
                .when().patch("/api/v1/users/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        given().header("Authorization", ADMIN.bearer()).header("If-Match", "*").contentType("application/json")
                .body("{\"password\":\"Sneaky-Passw0rd!\"}")
                .when().patch("/api/v1/users/" + id)
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void shouldDisableUserPublishEventAndRefuseTokensAndRefresh() {
        String username = Accounts.uniqueName("erin");
        String id = Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        String refresh = Accounts.login(username, PASSWORD, ip).then().statusCode(200).extract()
                .path("refresh_token");
        try (KafkaTopicWatcher watcher = KafkaTopicWatcher.open(Topics.IDENTITY_EVENTS)) {
            given().header("Authorization", ADMIN.bearer()).when().delete("/api/v1/users/" + id)
                    .then().statusCode(204);
            JsonNode data = json(awaitEvent(watcher, id, UserDisabled.TYPE)).path("data");
            assertEquals(username, data.path("username").asText());
        }
        // Never deleted: still readable, disabled.
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/" + id)
                .then().statusCode(200).body("enabled", equalTo(false));
        Accounts.login(username, PASSWORD, ip).then().statusCode(400).body("error", equalTo("invalid_grant"));
        given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", ip)
                .formParam("grant_type", "refresh_token").formParam("refresh_token", refresh)
                .when().post("/auth/token").then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void shouldLetUserChangeOwnPassword() {
        String username = Accounts.uniqueName("fred");
        Accounts.createUser(username, "requester");
        String ip = Accounts.freshIp();
        String access = Accounts.login(username, PASSWORD, ip).then().statusCode(200).extract().path("access_token");
        given().header("Authorization", "Bearer " + access).contentType("application/json")
                .body(Map.of("currentPassword", "wrong-Passw0rd!", "newPassword", "An0ther-Passw0rd!"))
                .when().post("/api/v1/users/me/password")
                .then().statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().header("Authorization", "Bearer " + access).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "short"))
                .when().post("/api/v1/users/me/password")
                .then().statusCode(422).body("rules", hasItem("min-length"));
        given().header("Authorization", "Bearer " + access).contentType("application/json")
                .body(Map.of("currentPassword", PASSWORD, "newPassword", "An0ther-Passw0rd!"))
                .when().post("/api/v1/users/me/password")
                .then().statusCode(204);
        Accounts.login(username, PASSWORD, ip).then().statusCode(400);
        Accounts.login(username, "An0ther-Passw0rd!", ip).then().statusCode(200);
        given().contentType("application/json").body(Map.of("currentPassword", "x", "newPassword", "y"))
                .when().post("/api/v1/users/me/password").then().statusCode(401);
    }
}
