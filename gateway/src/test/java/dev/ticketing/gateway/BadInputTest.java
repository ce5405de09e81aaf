package dev.ticketing.gateway;

import static dev.ticketing.gateway.Accounts.ADMIN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = FakeUpstream.class, scope = TestResourceScope.GLOBAL)
class BadInputTest {

    private static void problem(Response answer, int status) {
        answer.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void shouldRefuseOverflowingPagesWith400() {
        for (String path : List.of("/api/v1/users", "/api/v1/service-clients")) {
            problem(given().header("Authorization", ADMIN.bearer()).when().get(path + "?page=107374183"), 400);
            problem(given().header("Authorization", ADMIN.bearer()).when().get(path + "?page=2147483647&size=100"),
                    400);
            given().header("Authorization", ADMIN.bearer()).when().get(path + "?page=1000&size=100")
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseNullRolesWith400() {
        String nullRole = "{\"username\":\"" + Accounts.uniqueName("nul") + "\",\"displayName\":\"N\","
                + "\"password\":\"Str0ng-Passw0rd!\",\"roles\":[null]}";
        problem(given().header("Authorization", ADMIN.bearer()).contentType("application/json").body(nullRole)
                .when().post("/api/v1/users"), 400);
        problem(given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                .body("{\"name\":\"" + Accounts.uniqueName("nul") + "\",\"roles\":[null]}")
                .when().post("/api/v1/service-clients"), 400);
        String id = Accounts.createUser(Accounts.uniqueName("nul"), "requester");
        problem(given().header("Authorization", ADMIN.bearer()).header("If-Match", "*")
                .contentType("application/json").body("{\"roles\":[null]}")
                .when().patch("/api/v1/users/" + id), 400);
    }

    @Test
    void shouldRefuseLenientFiltersWith400() {
        for (String query : List.of("role=bogus", "enabled=maybe", "enabled=1", "sort=password")) {
            problem(given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users?" + query), 400);
        }
        given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users?role=admin&enabled=true")
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerInvalidRequestToBadFormEncoding() {
        for (String path : List.of("/auth/token", "/auth/revoke")) {
            for (String body : List.of("grant_type=%ZZ", "grant_type=password&username=%E0%A4%A&password=x",
                    "token=%", "grant_type=%FF%FE&token=%FF")) {
                given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For",
                        Accounts.freshIp()).body(body)
                        .when().post(path)
                        .then().statusCode(400).contentType(startsWith("application/json"))
                        .header("Cache-Control", "no-store")
                        .body("error", equalTo("invalid_request"));
            }
        }
    }

    @Test
    void shouldAnswerOne201AndNine409ToParallelCreatesOfOneUsername() throws Exception {
        String username = Accounts.uniqueName("twin");
        List<Integer> statuses = parallel(10, () -> Accounts.create(username, "requester").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String name = Accounts.uniqueName("twin-client");
        List<Integer> clients = parallel(10, () -> given().header("Authorization", ADMIN.bearer())
                .contentType("application/json").body(Map.of("name", name, "roles", List.of("service")))
                .when().post("/api/v1/service-clients").statusCode());
        assertEquals(1, clients.stream().filter(s -> s == 201).count(), clients.toString());
        assertEquals(9, clients.stream().filter(s -> s == 409).count(), clients.toString());
    }

    @Test
    void shouldKeepTheLastSecretHandedOutUnderParallelRotations() throws Exception {
        String clientId = given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                .body(Map.of("name", Accounts.uniqueName("rot"))).when().post("/api/v1/service-clients")
                .then().statusCode(201).extract().path("clientId");
        List<Response> answers = parallel(10, () -> given().header("Authorization", ADMIN.bearer())
                .when().post("/api/v1/service-clients/" + clientId + "/secret"));
        long last = -1;
        String lastSecret = null;
        List<String> handedOut = new ArrayList<>();
        for (Response answer : answers) {
            int status = answer.statusCode();
            if (status == 409) {
                continue;
            }
            assertEquals(200, status, answer.asString());
            long version = Long.parseLong(answer.header("ETag").replaceAll("[^0-9]", ""));
            String secret = answer.path("clientSecret");
            handedOut.add(secret);
            if (version > last) {
                last = version;
                lastSecret = secret;
            }
        }
        for (String secret : handedOut) {
            int expected = secret.equals(lastSecret) ? 200 : 401;
            given().contentType("application/x-www-form-urlencoded").header("X-Forwarded-For", Accounts.freshIp())
                    .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                    .formParam("client_secret", secret)
                    .when().post("/auth/token").then().statusCode(expected);
        }
    }

    @Test
    void shouldAnswerProblemJsonForEveryHttpLayer4xx() {
        problem(given().header("Authorization", ADMIN.bearer()).urlEncodingEnabled(false)
                .when().get("/api/v1/users?q=" + "a".repeat(5000)), 414);
        problem(given().header("X-Big", "b".repeat(9000)).when().get("/.well-known/jwks.json"), 431);
        problem(given().header("Authorization", ADMIN.bearer()).contentType("application/json")
                .body("{\"username\":\"" + "c".repeat(2 * 1024 * 1024) + "\"}").when().post("/api/v1/users"), 413);
        problem(given().header("Authorization", ADMIN.bearer()).contentType("text/plain").body("x")
                .when().post("/api/v1/users"), 415);
        problem(given().when().get("/api/v1/nothing-here"), 404);
        problem(given().header("Authorization", ADMIN.bearer()).when().get("/api/v1/users/no-such-id"), 404);
        problem(given().when().delete("/.well-known/jwks.json"), 405);
    }

    private static <T> List<T> parallel(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = pool.invokeAll(Arrays.asList(nCopies(n, call)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Callable<T>[] nCopies(int n, Callable<T> call) {
        Callable<T>[] calls = new Callable[n];
        Arrays.fill(calls, call);
        return calls;
    }
}
