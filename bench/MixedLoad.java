import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed closed-loop load through the gateway, as six demo users: 25 % creates, 30 % lists, 30 % reads of the
 * client's own tickets, 10 % /users/me, 5 % notification inbox. Prints throughput, p50/p99 and every non-2xx by
 * kind and status. Usage: {@code java bench/MixedLoad.java http://127.0.0.1:8080 64 300} (see bench/mixed.sh).
 */
public class MixedLoad {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String[] users = {"alice", "bob", "tech1", "tech2", "supervisor", "admin"};
        Map<String, String> tokens = new HashMap<>();
        for (String u : users) tokens.put(u, token(base, u));
        ConcurrentHashMap<String, AtomicLong> bad = new ConcurrentHashMap<>();
        AtomicLong exceptions = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                Random r = new Random(client);
                String token = tokens.get(users[client % users.length]);
                int i = 0;
                List<String> ids = new ArrayList<>();
                Matcher first = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(create(base, token, 0).body());
                first.find();
                ids.add(first.group(1));
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int pick = r.nextInt(100);
                    String kind;
                    try {
                        HttpResponse<String> resp;
                        if (pick < 25) {
                            kind = "create";
                            resp = create(base, token, i);
                            if (resp.statusCode() == 201 && ids.size() < 200) {
                                Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(resp.body());
                                if (m.find()) ids.add(m.group(1));
                            }
                        } else if (pick < 55) {
                            kind = "list";
                            resp = get(base, "/api/v1/tickets?sort=-createdAt&size=20", token);
                        } else if (pick < 85) {
                            kind = "read";
                            resp = get(base, "/api/v1/tickets/" + ids.get(r.nextInt(ids.size())), token);
                        } else if (pick < 95) {
                            kind = "me";
                            resp = get(base, "/api/v1/users/me", token);
                        } else {
                            kind = "notifications";
                            resp = get(base, "/api/v1/notifications?size=10", token);
                        }
                        int s = resp.statusCode();
                        if (s < 200 || s >= 300) {
                            bad.computeIfAbsent(kind + ":" + s, k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        exceptions.incrementAndGet();
                        bad.computeIfAbsent("exception:" + e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                        continue;
                    }
                    times.add(System.nanoTime() - t0);
                    i++;
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) all.addAll(f.get());
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("mixed clients %d, %d s: %.1f req/s p50 %.1f ms p99 %.1f ms n=%d exceptions=%d non2xx=%s%n",
                clients, seconds, all.size() / (double) seconds, pct(all, 50), pct(all, 99), all.size(),
                exceptions.get(), bad);
    }

    static HttpResponse<String> get(String base, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> create(String base, String token, int i) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"load " + i + "\",\"description\":\"mixed "
                        + "load\",\"category\":\"QUESTION\",\"priority\":\"P3\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String token(String base, String user) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=" + user + "&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) throw new IllegalStateException(user + ": " + body);
        return m.group(1);
    }
}
