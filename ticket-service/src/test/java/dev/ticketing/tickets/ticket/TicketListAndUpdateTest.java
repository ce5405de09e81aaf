package dev.ticketing.tickets.ticket;

import static dev.ticketing.tickets.TicketApi.assignThroughKafka;
import static dev.ticketing.tickets.TicketApi.create;
import static dev.ticketing.tickets.TicketApi.get;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TicketListAndUpdateTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final TestUser BOB = TestUser.of("bob", "requester");
    private static final TestUser TECH = TestUser.of("tech1", "technician");
    private static final TestUser SUPERVISOR = TestUser.of("supervisor", "supervisor");
    private static final TestUser SERVICE = TestUser.of("crm-sync", "service");

    @Test
    void shouldListOnlyVisibleTicketsWithFiltersPagingAndLinks() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String a1 = create(ALICE, "Printer " + word + " jammed", "P1");
        String a2 = create(ALICE, "Scanner " + word + " slow", "P3");
        String b1 = create(BOB, "Monitor " + word + " flickers", "P1");

        given().auth().oauth2(ALICE.token()).queryParam("q", word)
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", hasItems(a1, a2)).body("id", not(hasItem(b1)));
        given().auth().oauth2(SUPERVISOR.token()).queryParam("q", word).queryParam("priority", "P1")
                .queryParam("sort", "title")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("id", equalTo(List.of(b1, a1)));
        given().auth().oauth2(SUPERVISOR.token()).queryParam("q", word).queryParam("size", 1).queryParam("page", 1)
                .queryParam("sort", "-createdAt")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .header("X-Total-Count", "3")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=2"))
                .body("size()", equalTo(1));
        given().auth().oauth2(SUPERVISOR.token()).queryParam("q", word).queryParam("status", "NEW")
                .queryParam("status", "CLOSED").queryParam("requesterId", BOB.id())
                .when().get("/api/v1/tickets")
                .then().statusCode(200).body("id", equalTo(List.of(b1)));
        given().auth().oauth2(SERVICE.token()).queryParam("q", word)
                .queryParam("updatedSince", Instant.now().minusSeconds(600).toString())
                .when().get("/api/v1/tickets")
                .then().statusCode(200).header("X-Total-Count", "3");
        given().auth().oauth2(SUPERVISOR.token()).queryParam("q", word)
                .queryParam("createdFrom", Instant.now().plusSeconds(600).toString())
                .when().get("/api/v1/tickets")
                .then().statusCode(200).header("X-Total-Count", "0");
    }

    @Test
    void shouldShowTechniciansTheirOwnAndUnassignedTicketsOnly() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String mine = create(ALICE, "Mine " + word, "P2");
        String unassigned = create(ALICE, "Nobody's " + word, "P2");
        String others = create(ALICE, "Someone else's " + word, "P2");
        assignThroughKafka(mine, TECH);
        assignThroughKafka(others, TestUser.of("tech2", "technician"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(SUPERVISOR, others)
                .body("status", equalTo("ASSIGNED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get(SUPERVISOR, mine)
                .body("status", equalTo("ASSIGNED")));
        given().auth().oauth2(TECH.token()).queryParam("q", word).when().get("/api/v1/tickets")
                .then().statusCode(200).body("id", hasItems(mine, unassigned)).body("id", not(hasItem(others)));
        get(TECH, others).statusCode(404);
        given().auth().oauth2(TECH.token()).queryParam("q", word).queryParam("assigneeId", TECH.id())
                .when().get("/api/v1/tickets")
                .then().statusCode(200).body("id", equalTo(List.of(mine)))
                .body("assignee.id", everyItem(equalTo(TECH.id())));
    }

    @Test
    void shouldAnswer400ForBadListParameters() {
        given().auth().oauth2(ALICE.token()).queryParam("status", "SLEEPING").queryParam("createdFrom", "yesterday")
                .when().get("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("status", "createdFrom"));
        given().auth().oauth2(ALICE.token()).queryParam("size", 101).when().get("/api/v1/tickets")
                .then().statusCode(400).body("errors.field", hasItem("size"));
        given().auth().oauth2(ALICE.token()).queryParam("sort", "password").when().get("/api/v1/tickets")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().auth().oauth2(ALICE.token()).queryParam("page", -1).when().get("/api/v1/tickets")
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void shouldUpdateWithIfMatchAndRefuseStaleOrMissingVersions() {
        String id = create(ALICE, "Typo in titel", "P2");
        String etag = get(ALICE, id).extract().header("ETag");
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON).body(Map.of("title", "Typo in title"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(428).contentType(containsString("application/problem+json"));
        String newEtag = given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("title", "Typo in title"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(200).body("title", equalTo("Typo in title"))
                .extract().header("ETag");
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .header("If-Match", etag).body(Map.of("title", "Stale write"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(412).contentType(containsString("application/problem+json"));
        // Requesters may not change priority; supervisors may, and the SLA due dates follow.
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .header("If-Match", newEtag).body(Map.of("priority", "P0"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(403);
        given().auth().oauth2(SUPERVISOR.token()).contentType(ContentType.JSON)
                .header("If-Match", newEtag).body(Map.of("priority", "P0", "category", "BUG"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(200).body("priority", equalTo("P0")).body("category", equalTo("BUG"));
        Instant created = Instant.parse(get(ALICE, id).extract().path("createdAt"));
        Instant due = Instant.parse(get(ALICE, id).extract().path("sla.responseDueAt"));
        assertEquals(Duration.ofMinutes(15), Duration.between(created, due));
        given().auth().oauth2(BOB.token()).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("title", "Not mine"))
                .when().patch("/api/v1/tickets/" + id)
                .then().statusCode(404);
        given().auth().oauth2(ALICE.token()).when().get("/api/v1/tickets/" + id + "/history")
                .then().body("field", hasItems("title", "priority", "category"));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentUpdatesWithTheSameETagSucceed() throws Exception {
        String id = create(ALICE, "Race", "P2");
        String etag = get(ALICE, id).extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String title = "Race winner " + i;
                writers.add(() -> given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                        .header("If-Match", etag).body(Map.of("title", title))
                        .when().patch("/api/v1/tickets/" + id)
                        .then().extract().statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(writers)) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), "codes: " + codes);
            assertEquals(7, codes.stream().filter(c -> c == 412).count(), "codes: " + codes);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldHonourIdempotencyKeys() {
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("title", "Once only", "description", "d", "category", "QUESTION",
                "priority", "P3");
        String first = given().auth().oauth2(ALICE.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ALICE.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).body("id", equalTo(first)).header("Idempotent-Replayed", "true");
        given().auth().oauth2(ALICE.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("title", "Something else", "description", "d", "category", "QUESTION", "priority", "P3"))
                .when().post("/api/v1/tickets")
                .then().statusCode(422).contentType(containsString("application/problem+json"));
        // Keys are per caller: Bob's same key files his own ticket.
        given().auth().oauth2(BOB.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets")
                .then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void shouldLimitTextSizes() {
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "ok", "description", "x".repeat(20_001), "category", "BUG", "priority", "P3"))
                .when().post("/api/v1/tickets")
                .then().statusCode(400).body("errors.field", hasItem("description"));
        String id = create(ALICE, "Long comment", "P3");
        given().auth().oauth2(ALICE.token()).contentType(ContentType.JSON)
                .body(Map.of("body", "y".repeat(20_001)))
                .when().post("/api/v1/tickets/" + id + "/comments")
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }
}
