import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark: time from "POST a ticket through the gateway" to "the ticket is counted in reporting-service's KPIs",
 * one ticket at a time, so each measure is the full path: HTTP, MySQL commit, outbox relay, Kafka, consumer,
 * read-model commit, KPI query. Prints p50/p90/p99/max. Run: java bench/CreateToReportLatency.java [gateway] [n]
 */
public class CreateToReportLatency {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String alice = token(gateway, "alice");
        String supervisor = token(gateway, "supervisor");
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            long before = kpis(gateway, supervisor);
            long t0 = System.nanoTime();
            post(gateway + "/api/v1/tickets", alice, "{\"title\":\"bench " + i + "\",\"description\":\"latency"
                    + " benchmark\",\"category\":\"QUESTION\",\"priority\":\"P3\"}");
            while (kpis(gateway, supervisor) < before + 1) {
                Thread.sleep(2);
                if (System.nanoTime() - t0 > 30_000_000_000L) {
                    throw new IllegalStateException("ticket " + i + " not counted within 30 s");
                }
            }
            if (i >= 5) { // the first five warm up the JITs and connection pools
                millis.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("create->counted-in-reports over %d tickets (sequential, via gateway %s):%n", n, gateway);
        System.out.printf("  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms%n", pct(millis, 50), pct(millis, 90),
                pct(millis, 99), millis.get(millis.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String token(String gateway, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + user + "&password=demo"))
                .build();
        return field(send(request), "access_token");
    }

    static long kpis(String gateway, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/v1/reports/kpis"))
                .header("Authorization", "Bearer " + token).GET().build();
        return Long.parseLong(field(send(request), "ticketsCreated"));
    }

    static void post(String url, String token, String json) throws Exception {
        send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
