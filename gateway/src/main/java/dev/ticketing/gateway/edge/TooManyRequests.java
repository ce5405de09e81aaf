package dev.ticketing.gateway.edge;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.ticketing.kit.problem.ProblemMappers;

/** A rate limit was hit: 429 problem+json with {@code Retry-After} (seconds). */
public class TooManyRequests extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds, String detail) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The mapper (the kit's mappers know nothing of Retry-After). */
    public static class Mapper {

        @ServerExceptionMapper
        public Response map(TooManyRequests e, UriInfo uri) {
            Response problem = ProblemMappers.answer(429, "rate-limited", "Too Many Requests", e.getMessage(), uri,
                    List.of(), Map.of("retryAfter", e.retryAfterSeconds()));
            return Response.fromResponse(problem).header("Retry-After", e.retryAfterSeconds())
                    .header("Cache-Control", "no-store").build();
        }
    }
}
