package dev.ticketing.kit.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Operations: the records this service's consumers could never apply, and their replay (admins only). A module
 * without consumers (the gateway) turns it off at build time with {@code ticketing.dead-letters.api=false}.
 */
@IfBuildProperty(name = "ticketing.dead-letters.api", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/dead-letters/{service}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dead letters", description = "Records a consumer could never apply; admins inspect and replay them")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    private final DeadLetterService deadLetters;

    DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "List dead letters", description = "Newest first. Transient failures (database down, "
            + "lock timeouts) are retried and never listed here; only unparseable records and events whose "
            + "effect can never apply are.")
    @APIResponse(responseCode = "200", description = "One page of dead letters",
            headers = @Header(name = Paging.TOTAL_COUNT, description = "Number of dead letters",
                    schema = @Schema(type = SchemaType.INTEGER, example = "3")),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters")
    @APIResponse(responseCode = "404", description = "Not this service's name")
    public Response list(
            @Parameter(description = "The service's name", example = "reporting-service")
            @PathParam("service") String service,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.ok(deadLetters.list(service, paging.page, paging.size), uri);
    }

    @POST
    @Path("/{id}/replay")
    @Operation(summary = "Replay a dead letter", description = "Publishes the stored record again, unchanged and "
            + "with its key, to its original topic (through the outbox). The consumer that gave up on it applies "
            + "it again; other consumers skip it as a duplicate event id. A record that is still poison comes "
            + "back as a new dead letter.")
    @APIResponse(responseCode = "200", description = "Replayed; replayedAt is set",
            content = @Content(schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "404", description = "No such dead letter, or not this service's name")
    @APIResponse(responseCode = "409", description = "The record's original topic is unknown")
    public DeadLetterView replay(
            @Parameter(description = "The service's name", example = "reporting-service")
            @PathParam("service") String service,
            @Parameter(description = "The dead letter's id", example = "42") @PathParam("id") long id) {
        return deadLetters.replay(service, id);
    }
}
