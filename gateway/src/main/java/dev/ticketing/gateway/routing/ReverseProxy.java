package dev.ticketing.gateway.routing;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.gateway.edge.ClientAddress;
import dev.ticketing.gateway.edge.AccessLog;
import dev.ticketing.gateway.edge.LimitedBody;
import dev.ticketing.gateway.edge.RateLimits;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.RevokedTokens;
import dev.ticketing.kit.web.RequestIdFilter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards {@code /api/v1/...} requests to the service that owns their prefix, unchanged (method, path, query,
 * headers, streamed body), after verifying the bearer token. Adds {@code X-Request-Id} and {@code X-Forwarded-*};
 * answers 401, 503 (upstream unreachable), 504 (no answer in time) or 502 (broken exchange) as problem+json.
 * One circuit breaker per upstream ({@link CircuitBreakers}): while it is open, 503 at once without calling it.
 * Edge protections before forwarding: rate limits per client IP and per subject (429 + Retry-After) and a body
 * size limit (413), all as problem+json.
 *
 * <p>A Vert.x route on the prefixes the services own only, so the gateway's own RESTEasy endpoints
 * ({@code /auth}, {@code /.well-known}, {@code /api/v1/users}, {@code /q}, {@code /openapi}) never reach it.
 */
@ApplicationScoped
public class ReverseProxy {

    /** Hop-by-hop headers (RFC 9110 section 7.6.1) and those the proxy sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "x-request-id",
            "x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded");
    private static final Set<String> NOT_RETURNED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "server", "x-powered-by");
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** One owned prefix and where it goes. */
    record Target(String service, String prefix, String host, int port, boolean ssl, String basePath) {
    }

    private final Vertx vertx;
    private final JWTParser jwtParser;
    private final ObjectMapper mapper;
    private final List<Target> targets;
    private final long timeoutMillis;
    private final boolean verifyOnEventLoop;
    private final HttpClient client;
    private final RateLimits limits;
    private final long maxBodyBytes;
    private final CircuitBreakers breakers;
    private final ClientAddress clientAddress;
    private final Counter retries;
    private final RevokedTokens revokedTokens;

    ReverseProxy(Vertx vertx, JWTParser jwtParser, ObjectMapper mapper, RoutesConfig routes,
            @ConfigProperty(name = "ticketing.proxy.timeout", defaultValue = "10s") Duration timeout,
            @ConfigProperty(name = "ticketing.proxy.connect-timeout", defaultValue = "3s") Duration connectTimeout,
            @ConfigProperty(name = "ticketing.proxy.max-connections-per-upstream", defaultValue = "100") int pool,
            @ConfigProperty(name = "ticketing.jwt.verify-with-own-keys", defaultValue = "true") boolean ownKeys,
            RateLimits limits,
            @ConfigProperty(name = "ticketing.proxy.max-body-size", defaultValue = "1M") MemorySize maxBody,
            CircuitBreakers breakers, ClientAddress clientAddress,
            @ConfigProperty(name = "ticketing.proxy.keep-alive-timeout", defaultValue = "15s") Duration keepAlive,
            MeterRegistry registry, RevokedTokens revokedTokens) {
        this.revokedTokens = revokedTokens;
        this.retries = Counter.builder("ticketing.proxy.retries")
                .description("Requests sent again after the upstream closed a pooled connection before answering")
                .register(registry);
        this.clientAddress = clientAddress;
        this.limits = limits;
        this.breakers = breakers;
        this.maxBodyBytes = maxBody.asLongValue();
        this.vertx = vertx;
        this.jwtParser = jwtParser;
        this.mapper = mapper;
        this.timeoutMillis = timeout.toMillis();
        // Own keys are in memory; an external issuer's JWKS may need a (blocking) fetch.
        this.verifyOnEventLoop = ownKeys;
        this.targets = targets(routes);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setMaxPoolSize(pool)
                .setKeepAlive(true)
                // Idle pooled connections are closed by the gateway after this, before the upstream's own idle
                // timeout can close them under a request in flight; the cleaner runs often enough to honour it.
                .setKeepAliveTimeout((int) Math.max(1, keepAlive.toSeconds()))
                .setPoolCleanerPeriod(200)
                .setDecompressionSupported(false));
    }

    static List<Target> targets(RoutesConfig routes) {
        List<Target> list = new ArrayList<>();
        for (Map.Entry<String, RoutesConfig.Upstream> entry : routes.services().entrySet()) {
            URI url = URI.create(entry.getValue().url());
            boolean ssl = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            String basePath = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
            for (String prefix : entry.getValue().prefixes()) {
                String clean = prefix.trim().replaceAll("/+$", "");
                list.add(new Target(entry.getKey(), clean, url.getHost(), port, ssl, basePath));
            }
        }
        list.sort(Comparator.comparingInt((Target t) -> t.prefix().length()).reversed());
        return List.copyOf(list);
    }

    /** The base URLs of the services, for the merged OpenAPI document. */
    public Map<String, String> upstreams() {
        return targets.stream().collect(Collectors.toMap(Target::service,
                t -> (t.ssl() ? "https://" : "http://") + t.host() + ":" + t.port() + t.basePath(), (a, b) -> a,
                java.util.TreeMap::new));
    }

    void init(@Observes Router router) {
        if (targets.isEmpty()) {
            return;
        }
        String regex = targets.stream().map(t -> Pattern.quote(t.prefix()))
                .collect(Collectors.joining("|", "^(?:", ")(?:/.*)?$"));
        // Before Quarkus' own upload limit (order -2), so that an oversized body gets a problem+json 413.
        router.routeWithRegex(regex).order(-10).handler(this::guard);
        router.routeWithRegex(regex).handler(this::handle);
        Log.infof("Routing %s", targets.stream().map(t -> t.prefix() + " -> " + t.service())
                .collect(Collectors.joining(", ")));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Per-IP rate limit and declared body size, before anything else is done for a proxied request. */
    void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String requestId = request.getHeader(RequestIdFilter.HEADER);
        String ip = clientAddress.of(request);
        long wait = limits.apiPerIp().take(ip);
        if (wait > 0) {
            tooMany(ctx, wait, "Too many requests from this address; retry in " + wait + " s", requestId);
            return;
        }
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            if (declared > maxBodyBytes) {
                tooLarge(ctx, requestId);
                return;
            }
        }
        ctx.next();
    }

    private void tooMany(RoutingContext ctx, long wait, String detail, String requestId) {
        ctx.response().putHeader("Retry-After", String.valueOf(wait));
        problem(ctx, 429, "rate-limited", "Too Many Requests", detail, requestId);
    }

    private void tooLarge(RoutingContext ctx, String requestId) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            if (!response.ended() && !response.closed()) {
                response.reset();
            }
            return;
        }
        // The rest of the body is not read: close the connection once answered.
        response.putHeader(HttpHeaderNames.CONNECTION, "close");
        response.endHandler(v -> ctx.request().connection().close());
        problem(ctx, 413, "payload-too-large", "Content Too Large",
                "The request body exceeds " + maxBodyBytes + " bytes", requestId);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        String incoming = request.getHeader(RequestIdFilter.HEADER);
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches() ? incoming
                : UUID.randomUUID().toString();
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        HttpServerResponse response = ctx.response();
        response.putHeader(RequestIdFilter.HEADER, requestId);
        response.putHeader("X-Content-Type-Options", "nosniff");

        String path = ctx.normalizedPath();
        Target target = targets.stream()
                .filter(t -> path.equals(t.prefix()) || path.startsWith(t.prefix() + "/"))
                .findFirst().orElse(null);
        if (target == null) {
            ctx.next();
            return;
        }
        String authorization = request.getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            problem(ctx, 401, "unauthorized", "Unauthorized", "A valid bearer access token is required", requestId);
            return;
        }
        String token = authorization.substring(7).trim();
        if (verifyOnEventLoop) {
            afterVerification(ctx, target, requestId, verified(token));
        } else {
            vertx.<JsonWebToken>executeBlocking(() -> verified(token), false)
                    .onComplete(ar -> afterVerification(ctx, target, requestId, ar.succeeded() ? ar.result() : null));
        }
    }

    private void afterVerification(RoutingContext ctx, Target target, String requestId, JsonWebToken jwt) {
        if (jwt == null) {
            problem(ctx, 401, "unauthorized", "Unauthorized", "A valid bearer access token is required", requestId);
            return;
        }
        Instant issuedAt = jwt.getIssuedAtTime() > 0 ? Instant.ofEpochSecond(jwt.getIssuedAtTime()) : null;
        if (revokedTokens.isRevoked(jwt.getSubject(), jwt.getTokenID(), issuedAt)) {
            // Revoked at /auth/revoke, or its user was disabled (TokenRevoked / UserDisabled, the kit's deny list).
            ctx.request().resume();
            problem(ctx, 401, "unauthorized", "Unauthorized", "The access token has been revoked", requestId);
            return;
        }
        String subject = jwt.getSubject() == null ? "-" : jwt.getSubject();
        ctx.put(AccessLog.SUBJECT_KEY, subject);
        long wait = limits.takeForSubject(subject);
        if (wait > 0) {
            ctx.request().resume();
            tooMany(ctx, wait, "Too many requests for this user; retry in " + wait + " s", requestId);
            return;
        }
        CircuitBreaker breaker = breakers.of(target.service());
        if (breaker == null) {
            forward(ctx, target, requestId, Promise.promise());
            return;
        }
        breaker.<Void>execute(outcome -> forward(ctx, target, requestId, outcome)).onFailure(cause -> {
            if (cause instanceof OpenCircuitException) {
                ctx.request().resume();
                ctx.response().putHeader("Retry-After", String.valueOf(breakers.retryAfterSeconds(target.service())));
                problem(ctx, 503, "upstream-circuit-open", "Service Unavailable", "The " + target.service()
                        + " failed repeatedly and is not called for a while; retry later", requestId);
            } else {
                // Connection failures and timeouts were answered already; anything else thrown while forwarding.
                problem(ctx, 502, "upstream-failed", "Bad Gateway",
                        "The " + target.service() + " broke off the exchange", requestId);
            }
        });
    }

    private JsonWebToken verified(String token) {
        try {
            return jwtParser.parse(token); // signature, issuer, audience, expiry
        } catch (ParseException | RuntimeException e) {
            Log.debugf("Rejected bearer token: %s", e.getMessage());
            return null;
        }
    }

    /**
     * Forwards the request and settles {@code outcome} for the circuit breaker: failed on a connection failure or
     * a timeout, completed on any answer of the upstream (5xx included) and when the client's body is refused.
     *
     * <p>A pooled keep-alive connection may be closed by the upstream just as a request goes out on it ("Connection
     * was closed", no response byte). Such a request is sent once more, on a new connection, when repeating it is
     * safe: an idempotent method (GET, HEAD, OPTIONS, PUT, DELETE) or a POST/PATCH with {@code Idempotency-Key}, and
     * a body that is known in full (none, or a declared length, buffered for the retry).
     */
    private void forward(RoutingContext ctx, Target target, String requestId, Promise<Void> outcome) {
        HttpServerRequest request = ctx.request();
        String query = request.query();
        String uri = target.basePath() + ctx.normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);

        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : request.headers()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        headers.set(RequestIdFilter.HEADER, requestId);
        clientAddress.forwardedHeaders(request, headers);

        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(uri)
                .setHeaders(headers);

        Exchange exchange = new Exchange(ctx, target, requestId, outcome, options);
        exchange.timer = vertx.setTimer(timeoutMillis, id -> {
            if (exchange.done.compareAndSet(false, true)) {
                if (exchange.upstreamRequest != null) {
                    exchange.upstreamRequest.reset();
                }
                Log.warnf("%s did not answer %s %s within %d ms", target.service(), request.method(), uri,
                        timeoutMillis);
                problem(ctx, 504, "upstream-timeout", "Gateway Timeout",
                        "The " + target.service() + " did not answer in time", requestId);
                outcome.tryFail(new TimeoutException(target.service() + " did not answer in time"));
            }
        });
        // HTTP/1.1: a request without Content-Length or Transfer-Encoding has no body.
        boolean hasLength = request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
        boolean hasBody = hasLength || request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING);
        boolean safe = retrySafe(request.method(), request.headers().contains("Idempotency-Key"));
        if (!hasBody) {
            request.resume();
            exchange.replayable = safe;
            send(exchange, null, 0);
        } else if (safe && hasLength) {
            // Declared length, at most the limit (checked by guard): buffered so that it can be sent twice.
            request.body().onComplete(read -> {
                if (read.failed()) {
                    if (exchange.done.compareAndSet(false, true)) {
                        vertx.cancelTimer(exchange.timer);
                        problem(ctx, 400, "bad-request", "Bad Request", "The request body could not be read",
                                requestId);
                        outcome.tryComplete();
                    }
                    return;
                }
                exchange.replayable = true;
                send(exchange, read.result(), 0);
            });
            request.resume(); // paused since the route began
        } else {
            send(exchange, null, 0);
        }
    }

    /** Whether a request that got no response byte may be sent again (RFC 9110 section 9.2.2). */
    static boolean retrySafe(HttpMethod method, boolean idempotencyKey) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.PUT || method == HttpMethod.DELETE
                || (idempotencyKey && (method == HttpMethod.POST || method == HttpMethod.PATCH));
    }

    /** One proxied request across its attempts. */
    private static final class Exchange {
        final RoutingContext ctx;
        final Target target;
        final String requestId;
        final Promise<Void> outcome;
        final RequestOptions options;
        final AtomicBoolean done = new AtomicBoolean();
        long timer;
        boolean replayable;
        HttpClientRequest upstreamRequest;

        Exchange(RoutingContext ctx, Target target, String requestId, Promise<Void> outcome, RequestOptions options) {
            this.ctx = ctx;
            this.target = target;
            this.requestId = requestId;
            this.outcome = outcome;
            this.options = options;
        }
    }

    /** One attempt; {@code buffered} is the whole body of a replayable request with a body, else null. */
    private void send(Exchange exchange, Buffer buffered, int attempt) {
        RoutingContext ctx = exchange.ctx;
        HttpServerRequest request = ctx.request();
        Target target = exchange.target;
        String requestId = exchange.requestId;
        Promise<Void> outcome = exchange.outcome;
        String uri = exchange.options.getURI();
        client.request(exchange.options).onComplete(connected -> {
            if (connected.failed()) {
                if (exchange.done.compareAndSet(false, true)) {
                    vertx.cancelTimer(exchange.timer);
                    Log.warnf("%s is unreachable: %s", target.service(), connected.cause().toString());
                    problem(ctx, 503, "upstream-unavailable", "Service Unavailable",
                            "The " + target.service() + " is unavailable; retry later", requestId);
                    outcome.tryFail(connected.cause());
                }
                return;
            }
            HttpClientRequest upstream = connected.result();
            exchange.upstreamRequest = upstream;
            if (exchange.done.get()) {
                upstream.reset();
                return;
            }
            io.vertx.core.Future<HttpClientResponse> sent;
            if (buffered != null) {
                sent = upstream.send(buffered);
            } else if (!exchange.replayable && (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                    || request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING))) {
                if (!request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
                    upstream.setChunked(true);
                }
                // Streamed with back-pressure; a chunked body beyond the limit aborts the exchange with 413.
                sent = upstream.send(new LimitedBody(request, maxBodyBytes, () -> {
                    if (exchange.done.compareAndSet(false, true)) {
                        vertx.cancelTimer(exchange.timer);
                        upstream.reset();
                        tooLarge(ctx, requestId);
                        outcome.tryComplete();
                    }
                }));
            } else {
                sent = upstream.send();
            }
            sent.onComplete(answered -> {
                if (exchange.done.get()) {
                    if (answered.succeeded()) {
                        answered.result().request().reset();
                    }
                    return;
                }
                if (answered.failed() && exchange.replayable && attempt == 0
                        && !(answered.cause() instanceof ConnectException)) {
                    // No response byte came back (the future fails only before the response head): send it again.
                    Log.debugf("%s closed the connection of %s %s before answering (%s); retrying once",
                            target.service(), request.method(), uri, answered.cause().toString());
                    retries.increment();
                    send(exchange, buffered, 1);
                    return;
                }
                if (!exchange.done.compareAndSet(false, true)) {
                    return;
                }
                vertx.cancelTimer(exchange.timer);
                if (answered.failed()) {
                    Throwable cause = answered.cause();
                    Log.warnf("%s failed on %s %s: %s", target.service(), request.method(), uri, cause.toString());
                    if (cause instanceof ConnectException) {
                        problem(ctx, 503, "upstream-unavailable", "Service Unavailable",
                                "The " + target.service() + " is unavailable; retry later", requestId);
                        outcome.tryFail(cause);
                    } else {
                        problem(ctx, 502, "upstream-failed", "Bad Gateway",
                                "The " + target.service() + " broke off the exchange", requestId);
                        outcome.tryComplete();
                    }
                    return;
                }
                outcome.tryComplete();
                relay(answered.result(), ctx.response(), request.method());
            });
        });
    }

    private void relay(HttpClientResponse upstream, HttpServerResponse response, HttpMethod method) {
        if (response.ended() || response.closed()) {
            upstream.request().reset();
            return;
        }
        response.setStatusCode(upstream.statusCode());
        if (upstream.statusMessage() != null) {
            response.setStatusMessage(upstream.statusMessage());
        }
        for (String name : upstream.headers().names()) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!NOT_RETURNED.contains(lower) && !lower.equals("x-request-id")) {
                response.headers().remove(name);
                response.headers().add(name, upstream.headers().getAll(name));
            }
        }
        if (!upstream.headers().contains(HttpHeaderNames.CACHE_CONTROL)) {
            // Ticket and personal data: never kept by a shared or browser cache unless the service said otherwise.
            response.putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store");
        }
        boolean bodyless = method == HttpMethod.HEAD || upstream.statusCode() == 204 || upstream.statusCode() == 304
                || (upstream.statusCode() >= 100 && upstream.statusCode() < 200);
        if (!bodyless && !upstream.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private void problem(RoutingContext ctx, int status, String slug, String title, String detail,
            String requestId) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            if (!response.ended() && !response.closed()) {
                response.reset();
            }
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, ctx.normalizedPath(),
                requestId, List.of(), Map.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        response.setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store");
        if (status == 401) {
            response.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        response.end(body);
    }
}
