package dev.ticketing.tickets.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.ticketing.tickets.TicketApi;
import dev.ticketing.testkit.TestTokens.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Full-text search cannot be turned into table scans that starve everyone else of connections. */
@QuarkusTest
class SearchAbuseTest {

    private static final TestUser ALICE = TestUser.of("alice", "requester");
    private static final int SEEDED = 20_000;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/tickets")
    URL tickets;

    @Inject
    SearchLimits limits;

    @Inject
    EntityManager em;

    @Test
    void shouldStopASlowSearchAtItsTimeLimit() {
        long begin = System.nanoTime();
        SearchRefused refused = assertThrows(SearchRefused.class, () -> QuarkusTransaction.requiringNew().call(
                () -> limits.run("timeout-test", () -> limits.limit(em.createNativeQuery("SELECT SLEEP(20)"))
                        .getSingleResult())));
        long millis = (System.nanoTime() - begin) / 1_000_000;
        assertEquals(503, refused.status());
        assertEquals(5, refused.retryAfterSeconds());
        assertTrue(millis < limits.timeoutSeconds() * 1000L + 3000, "stopped after " + millis + " ms");
    }

    @Test
    void shouldAnswer400WhenNoWordIsLongEnoughToBeIndexed() {
        given().auth().oauth2(ALICE.token()).queryParam("q", "a b cd")
                .when().get("/api/v1/tickets")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void shouldIgnoreShortWordsNextToAnIndexableOne() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String id = TicketApi.create(ALICE, "Printer " + word, "P2");
        // "xy" appears in no ticket: as a LIKE it would have excluded the ticket; dropped, it changes nothing.
        given().auth().oauth2(ALICE.token()).queryParam("q", "xy " + word + " q")
                .when().get("/api/v1/tickets")
                .then().statusCode(200)
                .header("X-Total-Count", "1")
                .header("Cache-Control", containsString("no-store"))
                .body("[0].id", equalTo(id));
    }

    @Test
    void shouldRefuseAThirdConcurrentSearchOfOneCallerWith429() throws Exception {
        TestUser searcher = TestUser.of("searcher", "supervisor");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                pool.submit(() -> limits.run(searcher.id(), () -> {
                    running.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            assertTrue(running.await(10, TimeUnit.SECONDS));
            given().auth().oauth2(searcher.token()).queryParam("q", "printer")
                    .when().get("/api/v1/tickets")
                    .then().statusCode(429)
                    .contentType(containsString("application/problem+json"))
                    .header("Retry-After", notNullValue())
                    .body("status", equalTo(429));
            given().auth().oauth2(ALICE.token()).queryParam("q", "printer")
                    .when().get("/api/v1/tickets")
                    .then().statusCode(200);
            given().auth().oauth2(searcher.token())
                    .when().get("/api/v1/tickets")
                    .then().statusCode(200);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        given().auth().oauth2(searcher.token()).queryParam("q", "printer")
                .when().get("/api/v1/tickets")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswer30ParallelShortWordSearchesWithoutStarvingPlainReads() throws Exception {
        String requester = UUID.randomUUID().toString();
        seed(requester);
        try {
            String own = TicketApi.create(ALICE, "Own ticket", "P2");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService pool = Executors.newFixedThreadPool(34);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> searches = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                // Half only short words (once LIKE scans of every ticket), half with one selective indexed word.
                TestUser searcher = TestUser.of("supervisor" + i / 2, "supervisor");
                String q = "a ".repeat(95) + (i % 2 == 0 ? "b" : "12345");
                HttpRequest request = HttpRequest.newBuilder(URI.create(tickets + "?q="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                        .header("Authorization", searcher.bearer()).timeout(Duration.ofSeconds(60)).build();
                searches.add(pool.submit(() -> {
                    start.await();
                    return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            List<Future<Long>> reads = new ArrayList<>();
            HttpRequest read = HttpRequest.newBuilder(URI.create(tickets + "/" + own))
                    .header("Authorization", ALICE.bearer()).timeout(Duration.ofSeconds(60)).build();
            for (int i = 0; i < 4; i++) {
                reads.add(pool.submit(() -> {
                    start.await();
                    Thread.sleep(200);
                    long begin = System.nanoTime();
                    HttpResponse<String> answer = http.send(read, HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, answer.statusCode(), answer.body());
                    return (System.nanoTime() - begin) / 1_000_000;
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<HttpResponse<String>> search : searches) {
                HttpResponse<String> answer = search.get();
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() >= 400) {
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("")
                            .contains("application/problem+json"), answer.body());
                }
                if (answer.statusCode() == 429 || answer.statusCode() == 503) {
                    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "Retry-After on 429/503");
                }
            }
            List<Long> readMillis = new ArrayList<>();
            for (Future<Long> r : reads) {
                readMillis.add(r.get());
            }
            pool.shutdown();
            System.out.println("30 parallel searches: " + statuses + "; plain reads meanwhile (ms): " + readMillis);
            assertEquals(Map.of(200, 15, 400, 15), statuses, "short words only: 400; with a real word: 200");
            assertTrue(readMillis.stream().allMatch(ms -> ms < 10_000), "plain reads answer: " + readMillis);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM ticket WHERE requester_id = '" + requester + "'");
            }
        }
    }

    /** Many tickets whose text contains "a" everywhere: a LIKE '%a%' per short word would scan them all. */
    private void seed(String requester) throws Exception {
        String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ticket (id, title, description, category, priority, status, channel, "
                    + "requester_id, requester_name, created_by_id, created_at, updated_at, response_due_at, "
                    + "resolution_due_at) SELECT UUID(), CONCAT('Seeded laptop battery ', n), "
                    + "REPEAT('The screen flickers and the fan is loud after an update. ', 8), 'INCIDENT', 'P3', "
                    + "'NEW', 'API', '" + requester + "', 'Seeded', '" + requester + "', "
                    + "TIMESTAMP '2020-01-01 00:00:00' + INTERVAL n SECOND, TIMESTAMP '2020-01-01 00:00:00', "
                    + "TIMESTAMP '2099-01-01 00:00:00', TIMESTAMP '2099-01-01 00:00:00' FROM (SELECT "
                    + "a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d n FROM " + digits + " a, " + digits
                    + " b, " + digits + " c, " + digits + " e, " + digits + " f) seq WHERE n < " + SEEDED);
        }
    }
}
