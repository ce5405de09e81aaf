package dev.ticketing.kit.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error answer of the suite ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "requestId", "errors"})
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://ticketing.dev/problems/";

    /** One invalid input field. */
    public record FieldError(
            @Schema(description = "The field, as a JSON path or query parameter name", example = "title") String field,
            @Schema(description = "What is wrong with it", example = "must not be blank") String message) {
    }

    @Schema(example = TYPE_BASE + "validation")
    public final String type;
    @Schema(example = "Invalid input")
    public final String title;
    @Schema(example = "400")
    public final int status;
    @Schema(example = "2 fields are invalid")
    public final String detail;
    @Schema(example = "/api/v1/tickets")
    public final String instance;
    @Schema(description = "The X-Request-Id of the failed request, to quote to support")
    public final String requestId;
    public final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
            List<FieldError> errors, Map<String, Object> extensions) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.requestId = requestId;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    /** Problem-specific members, e.g. {@code allowed} for an illegal transition. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
