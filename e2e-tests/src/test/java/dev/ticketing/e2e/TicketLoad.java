package dev.ticketing.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files tickets through the gateway from a few parallel clients. Each create carries its own Idempotency-Key; with
 * {@code retryUntilCreated} a refused or unanswered create is sent again with the same key (so a create whose commit
 * the client could not see is not filed twice), otherwise it counts as refused.
 */
final class TicketLoad {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final String label;
    private final boolean retryUntilCreated;
    private final List<String> created = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, AtomicInteger> refusedByStatus = new ConcurrentHashMap<>();
    private final AtomicInteger retries = new AtomicInteger();

    TicketLoad(String token, String label, boolean retryUntilCreated) {
        this.token = token;
        this.label = label;
        this.retryUntilCreated = retryUntilCreated;
    }

    /**
     * Files {@code count} tickets with {@code clients} parallel clients; {@code progress} is called once with the
     * number filed so far each time one more is filed (to inject a fault mid-load). Returns when all are done.
     */
    TicketLoad run(int count, int clients, IntConsumer progress) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        fileOne(i);
                        progress.accept(done.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return this;
    }

    private void fileOne(int i) throws InterruptedException {
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"" + label + " #" + i + "\",\"description\":\"Filed by the fault test.\","
                + "\"category\":\"INCIDENT\",\"priority\":\"P3\"}";
        long backoff = 200;
        while (true) {
            int status;
            String answer = "";
            HttpRequest request = HttpRequest.newBuilder(URI.create(Suite.GATEWAY + "/api/v1/tickets"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            } catch (java.io.IOException e) {
                status = 0; // no answer
            }
            if (status == 201 || status == 200) {
                Matcher m = ID.matcher(answer);
                if (!m.find()) {
                    throw new IllegalStateException("no ticket id in " + answer);
                }
                created.add(m.group(1));
                return;
            }
            if (!retryUntilCreated) {
                refusedByStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                return;
            }
            retries.incrementAndGet();
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, 2_000);
        }
    }

    List<String> created() {
        return List.copyOf(created);
    }

    int refused() {
        return refusedByStatus.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<Integer, AtomicInteger> refusedByStatus() {
        return refusedByStatus;
    }

    int retries() {
        return retries.get();
    }
}
