package dev.ticketing.kit.problem;

import java.util.List;
import java.util.Map;

/**
 * Base of every exception that answers with a problem+json: a domain error with its HTTP status, a stable type
 * slug, a title and a detail. Services extend it for their domain errors ({@code TicketNotFound},
 * {@code IllegalTransition}); {@link ProblemMappers} turns it into the answer.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ApiProblem(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of(), Map.of());
    }

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.extensions = extensions;
    }

    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", what + " not found", what + " " + id + " does not exist");
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(400, "validation", "Invalid input", message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(409, slug, title, detail);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Forbidden", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
