package dev.ticketing.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.response.Response;

/**
 * Faults injected into the packaged suite while it works through 500 ticket events: the database killed, Kafka
 * stopped, consumer services killed, two replicas of a consumer. Each test files 500 tickets through the gateway and
 * then compares, for exactly those tickets, what each read model applied: reporting's facts and KPI count,
 * notification's TicketCreated notifications (total and distinct: once each), assignment's open-ticket projection,
 * and what was dead-lettered (the dead_letter tables and the ticketing-dead-letter topic). It prints the counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    private static final int EVENTS = 500;
    private static final int CLIENTS = 4;
    /** The load is this far when the fault is injected. */
    private static final int FAULT_AT = 150;
    private static final Duration CONVERGED = Duration.ofSeconds(240);
    private static final List<String> CONSUMER_SCHEMAS = List.of("tickets", "assignment", "notification", "reporting");

    private static String alice;
    private static String supervisor;
    private static String admin;

    @BeforeAll
    static void startSuite() throws Exception {
        Suite.up();
        alice = WalkingSkeletonIT.token("alice");
        supervisor = WalkingSkeletonIT.token("supervisor");
        admin = WalkingSkeletonIT.token("admin");
    }

    @Test
    @Order(1)
    void shouldApplyEveryEventOnceWhenTheDatabaseIsKilledWhileConsumersWork() throws Exception {
        long deadBefore = deadLettered();
        int kpiBefore = WalkingSkeletonIT.ticketsCreated(supervisor);
        CompletableFuture<Void> fault = new CompletableFuture<>();
        AtomicBoolean injected = new AtomicBoolean();

        // The database also holds the tickets: creates refused during the outage are sent again (same
        // Idempotency-Key), so that exactly 500 tickets exist.
        TicketLoad load = new TicketLoad(alice, "fault-db", true);
        load.run(EVENTS, CLIENTS, done -> {
            if (done >= FAULT_AT && injected.compareAndSet(false, true)) {
                CompletableFuture.runAsync(() -> {
                    try {
                        long applied = applied(load.created());
                        System.out.printf("e2e: kill -9 of the database after %d creates; reporting had applied %d"
                                + " of them%n", done, applied);
                        Suite.killDatabase();
                        Thread.sleep(10_000);
                        Suite.startDatabase();
                        fault.complete(null);
                    } catch (Exception e) {
                        fault.completeExceptionally(e);
                    }
                });
            }
        });
        fault.get(5, TimeUnit.MINUTES);
        System.out.printf("e2e: database fault: %d tickets created, %d creates sent again during the outage%n",
                load.created().size(), load.retries());

        assertAppliedOnce("database killed", load.created(), kpiBefore, deadBefore);
    }

    @Test
    @Order(2)
    void shouldRefuseNoCreateAndDeliverEveryEventWhenKafkaStopsMidLoad() throws Exception {
        long deadBefore = deadLettered();
        int kpiBefore = WalkingSkeletonIT.ticketsCreated(supervisor);
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        AtomicBoolean injected = new AtomicBoolean();

        TicketLoad load = new TicketLoad(alice, "fault-kafka", false).run(EVENTS, CLIENTS, done -> {
            if (done >= FAULT_AT && injected.compareAndSet(false, true)) {
                CompletableFuture.runAsync(() -> {
                    try {
                        System.out.println("e2e: stopping Kafka after " + done + " creates");
                        Suite.stopKafka();
                        stopped.complete(null);
                    } catch (Exception e) {
                        stopped.completeExceptionally(e);
                    }
                });
            }
        });
        stopped.get(3, TimeUnit.MINUTES);
        Thread.sleep(5_000);
        Suite.startKafka();
        System.out.printf("e2e: Kafka stopped mid-load: %d created, %d refused %s%n", load.created().size(),
                load.refused(), load.refusedByStatus());

        assertEquals(0, load.refused(), "creates refused while Kafka was down: " + load.refusedByStatus());
        assertAppliedOnce("Kafka stopped", load.created(), kpiBefore, deadBefore);
    }

    @Test
    @Order(3)
    void shouldLoseNothingAndApplyNothingTwiceWhenConsumerServicesAreKilledMidLoad() throws Exception {
        long deadBefore = deadLettered();
        int kpiBefore = WalkingSkeletonIT.ticketsCreated(supervisor);
        CompletableFuture<Void> killed = new CompletableFuture<>();
        AtomicBoolean injected = new AtomicBoolean();

        TicketLoad load = new TicketLoad(alice, "fault-consumer", false).run(EVENTS, CLIENTS, done -> {
            if (done >= FAULT_AT && injected.compareAndSet(false, true)) {
                CompletableFuture.runAsync(() -> {
                    try {
                        System.out.println("e2e: kill -9 of notification-service and reporting-service after "
                                + done + " creates");
                        Suite.killService("notification-service");
                        Suite.killService("reporting-service");
                        killed.complete(null);
                    } catch (Exception e) {
                        killed.completeExceptionally(e);
                    }
                });
            }
        });
        killed.get(1, TimeUnit.MINUTES);
        Suite.upAgain();
        System.out.printf("e2e: consumers killed mid-load: %d created, %d refused%n", load.created().size(),
                load.refused());

        assertEquals(0, load.refused(), "creates refused: " + load.refusedByStatus());
        assertAppliedOnce("consumers killed", load.created(), kpiBefore, deadBefore);
    }

    @Test
    @Order(4)
    void shouldApplyEveryEventOnceWithTwoReplicasOfAConsumerService() throws Exception {
        long deadBefore = deadLettered();
        int kpiBefore = WalkingSkeletonIT.ticketsCreated(supervisor);
        int replicaPort = Suite.port("notification-service") + 100;
        Process replica = Suite.startReplica("notification-service", replicaPort);
        try {
            awaitReady(replicaPort);
            // Both replicas hold partitions of ticket-events: the load is shared between them.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                    Suite.membersHolding("notification-service-e2e", "ticket-events") == 2);
            TicketLoad load = new TicketLoad(alice, "fault-replicas", false).run(EVENTS, CLIENTS, done -> { });
            System.out.printf("e2e: two notification-service replicas: %d created, %d refused%n",
                    load.created().size(), load.refused());
            assertEquals(0, load.refused(), "creates refused: " + load.refusedByStatus());
            assertAppliedOnce("two replicas", load.created(), kpiBefore, deadBefore);
        } finally {
            Suite.stopReplica(replica);
        }
    }

    /** Waits until every read model has the tickets, then checks that each applied every one exactly once. */
    private static void assertAppliedOnce(String fault, List<String> ids, int kpiBefore, long deadBefore)
            throws Exception {
        assertEquals(EVENTS, ids.size(), "tickets created");
        String in = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
        long t0 = System.nanoTime();
        try {
            await().atMost(CONVERGED).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
                Counts c = counts(in, kpiBefore);
                return c.reported >= EVENTS && c.notified >= EVENTS && c.open >= EVENTS;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("e2e: " + fault + ": not converged: " + counts(in, kpiBefore));
            throw e;
        }
        long converged = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        Thread.sleep(3_000); // a late duplicate would show now
        Counts c = counts(in, kpiBefore);
        long deadLettered = deadLettered() - deadBefore;
        OptionalLong listed = deadLettersListedByTheAdminApi();
        System.out.printf("e2e: %s: %d tickets created; reporting applied %d (KPI ticketsCreated +%d), "
                        + "notification applied %d (%d distinct tickets; per recipient and type: %s), "
                        + "assignment open tickets %d; dead-lettered %d (dead_letter rows %d, topic records %d, "
                        + "admin API lists %s); converged %d s after the load%n",
                fault, ids.size(), c.reported, c.kpiDelta, c.notified, c.notifiedDistinct, perRecipient(in), c.open,
                deadLettered, deadLetterRows(), Suite.deadLetterTopicRecords(),
                listed.isPresent() ? Long.toString(listed.getAsLong()) : "n/a", converged);
        assertEquals(EVENTS, c.reported, "reporting: ticket facts");
        assertEquals(EVENTS, c.kpiDelta, "reporting: KPI ticketsCreated");
        assertEquals(EVENTS, c.notifiedDistinct, "notification: tickets notified");
        assertEquals(EVENTS, c.notified, "notification: TicketCreated notifications (once per ticket)");
        assertEquals(EVENTS, c.open, "assignment: open-ticket projection");
        assertEquals(0, deadLettered, "dead-lettered events");
        assertEquals(0, listed.orElse(0), "dead letters listed by GET /api/v1/dead-letters/{service}");
    }

    /** Reporting's facts among {@code ids}. */
    private static long applied(List<String> ids) throws Exception {
        if (ids.isEmpty()) {
            return 0;
        }
        return Suite.sqlCount("SELECT COUNT(*) FROM ticketing_reporting" + Suite.DB_SUFFIX + ".ticket_fact WHERE "
                + "ticket_id IN " + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"))
                + ";");
    }

    /**
     * The dead letters the consuming services list through the gateway ({@code X-Total-Count} of the admin API);
     * empty when a service does not serve the API.
     */
    private static OptionalLong deadLettersListedByTheAdminApi() {
        long total = 0;
        for (String service : List.of("ticket-service", "assignment-service", "notification-service",
                "reporting-service")) {
            Response answer = given().baseUri(Suite.GATEWAY)
                    .auth().oauth2(admin).queryParam("size", 1)
                    .when().get("/api/v1/dead-letters/" + service);
            if (answer.statusCode() != 200) {
                return OptionalLong.empty();
            }
            total += Long.parseLong(answer.header("X-Total-Count"));
        }
        return OptionalLong.of(total);
    }

    private record Counts(long reported, long kpiDelta, long notified, long notifiedDistinct, long open) {
    }

    private static Counts counts(String in, int kpiBefore) throws Exception {
        List<String> row = Suite.sql("SELECT"
                + " (SELECT COUNT(*) FROM ticketing_reporting" + Suite.DB_SUFFIX + ".ticket_fact"
                + "   WHERE ticket_id IN " + in + "),"
                + " (SELECT COUNT(*) FROM ticketing_notification" + Suite.DB_SUFFIX + ".notification"
                + "   WHERE type = 'TICKET_CREATED' AND ticket_id IN " + in + "),"
                + " (SELECT COUNT(DISTINCT ticket_id) FROM ticketing_notification" + Suite.DB_SUFFIX + ".notification"
                + "   WHERE type = 'TICKET_CREATED' AND ticket_id IN " + in + "),"
                + " (SELECT COUNT(*) FROM ticketing_assignment" + Suite.DB_SUFFIX + ".open_ticket"
                + "   WHERE ticket_id IN " + in + ");");
        String[] v = row.get(0).split("\t");
        long kpiDelta = WalkingSkeletonIT.ticketsCreated(supervisor) - kpiBefore;
        return new Counts(Long.parseLong(v[0]), kpiDelta, Long.parseLong(v[1]), Long.parseLong(v[2]),
                Long.parseLong(v[3]));
    }

    private static String perRecipient(String in) throws Exception {
        return String.join(", ", Suite.sql("SELECT CONCAT(recipient_id, ' ', type, '=', COUNT(*))"
                + " FROM ticketing_notification" + Suite.DB_SUFFIX + ".notification WHERE ticket_id IN " + in
                + " GROUP BY recipient_id, type;"));
    }

    /** Everything dead-lettered so far: the consumers' dead_letter rows plus the dead-letter topic's records. */
    private static long deadLettered() throws Exception {
        return deadLetterRows() + Suite.deadLetterTopicRecords();
    }

    private static long deadLetterRows() throws Exception {
        long rows = 0;
        for (String schema : CONSUMER_SCHEMAS) {
            String name = "ticketing_" + schema + Suite.DB_SUFFIX;
            boolean exists = Suite.sqlCount("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                    + name + "' AND table_name = 'dead_letter';") > 0;
            if (exists) {
                rows += Suite.sqlCount("SELECT COUNT(*) FROM " + name + ".dead_letter;");
            }
        }
        return rows;
    }

    private static void awaitReady(int port) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }
}
