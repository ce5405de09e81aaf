package dev.ticketing.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The client address behind trusted proxies, without leaking sockets: Quarkus' own trusted-proxy check opened a
 * DNS client (a UDP socket) per request and never closed it, until the gateway ran out of file descriptors.
 */
@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class ClientAddressTest {

    /** UDP sockets this JVM holds open (the DNS clients); TCP connections of the test's HTTP client do not count. */
    private static long openUdpSockets() throws IOException {
        Set<String> udp = new HashSet<>();
        for (String table : List.of("/proc/self/net/udp", "/proc/self/net/udp6")) {
            Path path = Path.of(table);
            if (Files.exists(path)) {
                Files.readAllLines(path).stream().skip(1)
                        .map(line -> line.trim().split("\\s+"))
                        .filter(cols -> cols.length > 9)
                        .forEach(cols -> udp.add(cols[9]));
            }
        }
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    return ""; // closed meanwhile
                }
            }).filter(link -> link.startsWith("socket:["))
                    .filter(link -> udp.contains(link.substring(8, link.length() - 1)))
                    .count();
        }
    }

    @Test
    void shouldNotOpenASocketPerRequest() throws IOException {
        for (int i = 0; i < 20; i++) { // warm the pools first
            given().header("X-Forwarded-For", Accounts.freshIp()).when().get("/.well-known/jwks.json");
        }
        long before = openUdpSockets();
        for (int i = 0; i < 300; i++) {
            given().header("X-Forwarded-For", Accounts.freshIp()).when().get("/.well-known/jwks.json")
                    .then().statusCode(200);
            given().header("X-Forwarded-For", Accounts.freshIp()).when().get("/api/v1/tickets")
                    .then().statusCode(401);
        }
        long after = openUdpSockets();
        assertTrue(after - before < 10, "600 requests left " + (after - before) + " more UDP sockets open");
    }

    @Test
    void shouldTakeTheClientFromXForwardedForOnlyBehindATrustedProxy() {
        // From 127.0.0.1 (trusted in the test profile) the right-most untrusted hop is the client: one IP drains
        // its own token bucket, whatever a client put on the left of the header.
        String ip = Accounts.freshIp();
        int limited = 0;
        for (int i = 0; i < 80; i++) {
            int status = given().contentType("application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", "6.6.6." + i + ", " + ip)
                    .formParam("grant_type", "password").formParam("username", "nobody").formParam("password", "x")
                    .when().post("/auth/token").then().extract().statusCode();
            if (status == 429) {
                limited++;
            }
        }
        assertTrue(limited > 0, "the spoofed left-hand hops must not give each request a fresh bucket");
    }
}
