package dev.ticketing.gateway.openapi;

import java.io.IOException;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole suite's API in one OpenAPI document; Swagger UI ({@code /q/swagger-ui}) shows it. */
@Path("/openapi")
@PermitAll
@SecurityRequirements
@Tag(name = "API documentation", description = "The suite's OpenAPI document")
public class MergedOpenApiResource {

    private final OpenApiMerger merger;

    MergedOpenApiResource(OpenApiMerger merger) {
        this.merger = merger;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenAPI document of the whole suite",
            description = "The gateway's own document merged with each service's (paths, schemas, tags). A service "
                    + "that is down is left out and named in info.description. Public.")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response openApi() throws IOException {
        return Response.ok(merger.merged().toString()).header("Cache-Control", "no-cache").build();
    }
}
