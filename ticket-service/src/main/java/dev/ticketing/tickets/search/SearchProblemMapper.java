package dev.ticketing.tickets.search;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.ticketing.kit.problem.ProblemMappers;

/** Answers a refused search as problem+json with {@code Retry-After}. */
public class SearchProblemMapper {

    @ServerExceptionMapper
    public Response refused(SearchRefused e, UriInfo uri) {
        Response problem = ProblemMappers.answer(e.status(), e.slug(), e.title(), e.getMessage(), uri, List.of(),
                Map.of());
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
