package dev.ticketing.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import dev.ticketing.kit.web.RequestIdFilter;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One line per request on the {@code ticketing.access} logger: method, path (never the query string), status,
 * bytes, duration, client IP, user id (the token's {@code sub}; never a username, token or password) and request
 * id. Also makes sure every request carries a valid {@code X-Request-Id} before any other handler sees it.
 */
@ApplicationScoped
public class AccessLog {

    public static final String SUBJECT_KEY = "ticketing.subject";
    private static final Logger LOG = Logger.getLogger("ticketing.access");
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final boolean enabled;
    private final ClientAddress clientAddress;

    AccessLog(@ConfigProperty(name = "ticketing.access-log.enabled", defaultValue = "true") boolean enabled,
            ClientAddress clientAddress) {
        this.enabled = enabled;
        this.clientAddress = clientAddress;
    }

    void init(@Observes Router router) {
        router.route().order(-20).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String incoming = request.getHeader(RequestIdFilter.HEADER);
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches() ? incoming
                : UUID.randomUUID().toString();
        request.headers().set(RequestIdFilter.HEADER, requestId);
        if (enabled) {
            long start = System.nanoTime();
            ctx.addEndHandler(ar -> log(ctx, requestId, start));
        }
        ctx.next();
    }

    private void log(RoutingContext ctx, String requestId, long start) {
        HttpServerRequest request = ctx.request();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String ip = clientAddress.of(request);
        LOG.infof("%s %s %d %dB %dms ip=%s user=%s req=%s", request.method(), ctx.normalizedPath(),
                ctx.response().getStatusCode(), ctx.response().bytesWritten(), millis, ip, subject(ctx), requestId);
    }

    private static String subject(RoutingContext ctx) {
        Object proxied = ctx.get(SUBJECT_KEY);
        if (proxied != null) {
            return proxied.toString();
        }
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()
                    && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
                return jwt.getSubject();
            }
        }
        return "-";
    }
}
