package dev.ticketing.kit.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ticketing.kit.problem.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer's limits as problem+json, on every route of every service and of the gateway (proxied ones
 * included): a request line longer than {@code ticketing.http.max-uri-length} is 414, headers larger than
 * {@code ticketing.http.max-header-size} 431, a declared body above {@code quarkus.http.limits.max-body-size} 413.
 * Netty's own limits ({@code quarkus.http.limits.max-initial-line-length} / {@code max-header-size}) are set far
 * above these (kit defaults), so that the request reaches this check; only a request beyond those gets Netty's bare
 * answer, and a chunked body over the limit the HTTP layer's plain 413: Quarkus offers no hook for either
 * (quarkusio/quarkus#55082).
 */
@ApplicationScoped
public class HttpLimits {

    private final ObjectMapper mapper;
    private final int maxUri;
    private final int maxHeaders;
    private final long maxBody;

    HttpLimits(ObjectMapper mapper,
            @ConfigProperty(name = "ticketing.http.max-uri-length", defaultValue = "4096") int maxUri,
            @ConfigProperty(name = "ticketing.http.max-header-size", defaultValue = "8K") MemorySize maxHeaders,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.mapper = mapper;
        this.maxUri = maxUri;
        this.maxHeaders = (int) maxHeaders.asLongValue();
        this.maxBody = maxBody.asLongValue();
    }

    void init(@Observes Router router) {
        router.route().order(-19).handler(this::check); // after an access log at -20, before the rest
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUri) {
            refuse(ctx, 414, "uri-too-long", "URI Too Long", "The request target exceeds " + maxUri + " characters");
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > maxHeaders) {
            refuse(ctx, 431, "header-fields-too-large", "Request Header Fields Too Large",
                    "The request headers exceed " + maxHeaders + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                refuse(ctx, 400, "bad-request", "Bad Request", "Content-Length is not a number");
                return;
            }
            if (declared > maxBody) {
                refuse(ctx, 413, "payload-too-large", "Content Too Large",
                        "The request body exceeds " + maxBody + " bytes");
                return;
            }
        }
        ctx.next();
    }

    private void refuse(RoutingContext ctx, int status, String slug, String title, String detail) {
        HttpServerResponse response = ctx.response();
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                status == 414 ? null : ctx.normalizedPath(), ctx.request().getHeader(RequestIdFilter.HEADER),
                List.of(), Map.of());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        // The rest of the request is not read: close the connection once answered.
        response.putHeader(HttpHeaderNames.CONNECTION, "close");
        response.endHandler(v -> ctx.request().connection().close());
        response.setStatusCode(status).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store").end(body);
    }
}
