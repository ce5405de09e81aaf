package dev.ticketing.kit.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.ticketing.kit.web.AllowedMethods;
import dev.ticketing.kit.web.RequestIdFilter;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where exceptions become RFC 9457 problem+json answers, for every service of the suite. */
public class ProblemMappers {

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        return answer(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors(), e.extensions());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return answer(400, "validation", "Invalid input",
                errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                        : errors.size() + " fields are invalid",
                uri, errors, Map.of());
    }

    /** Listed one by one: the Jackson extension maps some of these types itself, to plain JSON. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class})
    public Response json(Exception e, UriInfo uri) {
        return malformedBody((JsonProcessingException) e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, uri);
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse(); // already a problem (StrictParamConverters)
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status >= 500 ? "The request could not be completed" : e.getMessage();
        Response problem = answer(status, slugOf(status), title, detail, uri, List.of(), Map.of());
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE)) {
            String value = e.getResponse().getHeaderString(header);
            if (value != null && !value.isBlank()) {
                answer.header(header, value);
            }
        }
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (status == 405 && (allow == null || allow.isBlank())) {
            String computed = allowedMethods.at(uri.getPath());
            if (computed != null) {
                answer.header(HttpHeaders.ALLOW, computed);
            }
        }
        return answer.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        Response problem = answer(401, "unauthorized", "Unauthorized",
                "A valid bearer access token is required", uri, List.of(), Map.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, List.of(),
                Map.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(Exception e, UriInfo uri) {
        return answer(409, "concurrent-update", "Concurrent update",
                "The resource was changed by another request; read it again and retry", uri, List.of(), Map.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isPoolExhausted(e)) {
            Log.warnf("Database connection pool exhausted on %s", uri.getPath());
            Response problem = answer(503, "unavailable", "Service unavailable",
                    "Too many requests at once; retry in a moment", uri, List.of(), Map.of());
            return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return answer(500, "internal", "Internal error",
                "The request could not be completed; quote the request id to support", uri, List.of(), Map.of());
    }

    /**
     * Whether {@code e} comes from a database pool that had no free connection within
     * {@code quarkus.datasource.jdbc.acquisition-timeout} (Agroal: "Sorry, acquisition timeout!").
     */
    public static boolean isPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private Response malformedBody(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        String message = e instanceof JsonMappingException ? "has a value of the wrong type or format"
                : "is not well-formed JSON";
        return answer(400, "malformed-body", "Malformed request body", field + " " + message, uri,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** Builds a problem+json answer; also used by filters outside JAX-RS resources. */
    public static Response answer(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors, Map<String, Object> extensions) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail,
                uri == null ? null : uri.getPath(), requestId == null ? null : requestId.toString(), errors,
                extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldName(Path path) {
        // "create.request.title" (a body property) becomes "title"; "list.size" (a query parameter) "size".
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                property.append(property.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        if (property.length() > 0) {
            return property.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 414 -> "uri-too-long";
            case 429 -> "too-many-requests";
            case 431 -> "headers-too-large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http-" + status;
        };
    }
}
