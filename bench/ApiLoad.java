import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of the API through the gateway: N clients in closed loop for a fixed time, each request timed.
 * Prints throughput and p50/p90/p99 latency; asserts nothing.
 *
 * <pre>java bench/ApiLoad.java http://127.0.0.1:8080 create|read|list|get:PATH clients seconds [user]</pre>
 * create: POST /api/v1/tickets; read: GET of one ticket; list: a filtered list; get:PATH any GET.
 * With TOKEN_BASE set (the gateway), base may be a service's own address, to measure without the gateway.
 */
public class ApiLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String scenario = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        String user = args.length > 4 ? args[4] : "alice";
        // TOKEN_BASE: where to get the token when base is a service called directly (not the gateway).
        String token = token(System.getenv().getOrDefault("TOKEN_BASE", base), user);
        String ticketId = scenario.equals("read") ? create(base, token, 0) : null;
        String path = switch (scenario) {
            case "read" -> "/api/v1/tickets/" + ticketId;
            case "list" -> "/api/v1/tickets?status=IN_PROGRESS&priority=P1&sort=-createdAt&size=20";
            default -> scenario.startsWith("get:") ? scenario.substring(4) : null;
        };
        // Warm-up: the JITs of gateway and service, connection pools.
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            call(base, path, token);
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                int i = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        call(base, path, token);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        continue;
                    }
                    times.add(System.nanoTime() - t0);
                    i++;
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("%-6s %-60s clients %3d: %8.1f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  "
                + "(n=%d, errors=%d)%n", scenario.startsWith("get:") ? "get" : scenario,
                path == null ? "POST /api/v1/tickets" : "GET " + path, clients, all.size() / (double) seconds,
                pct(all, 50), pct(all, 90), pct(all, 99), all.size(), errors.get());
    }

    static void call(String base, String path, String token) throws Exception {
        if (path == null) {
            create(base, token, 1);
        } else {
            send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET()
                    .build());
        }
    }

    static String create(String base, String token, int i) throws Exception {
        String body = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"load " + i + "\",\"description\":\"load "
                        + "benchmark\",\"category\":\"QUESTION\",\"priority\":\"P3\"}"))
                .build());
        return field(body, "id");
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String token(String base, String user) throws Exception {
        return field(send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + user + "&password=demo"))
                .build()), "access_token");
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
