package dev.ticketing.kit.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import dev.ticketing.kit.problem.Problem;

/**
 * Completes every service's OpenAPI document with the suite's error convention: each 4xx/5xx answer declared
 * without a body gets the RFC 9457 {@code application/problem+json} body, and each secured operation its 401 and
 * 403 answers. Resources then only declare which errors they give, and why.
 */
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean globalSecurity = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                complete(entry.getValue(), globalSecurity);
            }
        }
    }

    private static void complete(Operation operation, boolean globalSecurity) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : globalSecurity;
        if (secured) {
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse()
                        .description("No valid access token (missing, malformed, expired, forged)"));
            }
            if (!responses.hasAPIResponse("403")) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse()
                        .description("The caller's role may not do this"));
            }
        }
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            APIResponse answer = response.getValue();
            if ((code.startsWith("4") || code.startsWith("5")) && answer.getRef() == null
                    && (answer.getContent() == null || answer.getContent().getMediaTypes() == null
                            || answer.getContent().getMediaTypes().isEmpty())) {
                Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
                answer.setContent(content);
            }
        }
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of(Problem.TYPE_BASE + "validation")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
