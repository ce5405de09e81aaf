package dev.ticketing.gateway.clients;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.Roles;

@Path("/api/v1/service-clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Service clients", description = "Machine clients (OAuth2 client_credentials); admin only")
public class ServiceClientResource {

    /** The body of a create request. */
    @Schema(name = "NewServiceClient")
    public record NewClient(@Schema(example = "crm-connector") String name,
            @Schema(description = "Extra roles; service is always granted, admin never", example = "[\"service\"]") Set<String> roles) {
    }

    private final ServiceClients clients;

    ServiceClientResource(ServiceClients clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a service client", description = "Admin only. The answer is the only one that "
            + "ever shows clientSecret: it is stored hashed. Use it at POST /auth/token with "
            + "grant_type=client_credentials (form or HTTP Basic).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewClient.class),
            examples = @ExampleObject(name = "crm", value = "{\"name\":\"crm-connector\",\"roles\":[\"service\"]}")))
    @APIResponse(responseCode = "201", description = "Created, with its secret (shown once)",
            content = @Content(schema = @Schema(implementation = ServiceClientView.class)))
    @APIResponse(responseCode = "409", description = "Name taken")
    public Response createClient(NewClient body, @Context UriInfo uri) {
        if (body == null) {
            throw ApiProblem.badRequest("body", "is required");
        }
        ServiceClients.Created created = clients.create(body.name(), body.roles());
        return Response.created(uri.getAbsolutePathBuilder().path(created.client().id()).build())
                .header("Cache-Control", "no-store")
                .entity(ServiceClientView.of(created.client(), created.secret())).build();
    }

    @GET
    @Operation(summary = "List service clients", description = "Admin only; never shows a secret.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ServiceClientView[].class)))
    public Response listClients(@Valid @BeanParam PageParams page, @Context UriInfo uri) {
        return Paging.ok(clients.list(page).map(c -> ServiceClientView.of(c, null)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a service client", description = "Admin only; never shows the secret.")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(schema = @Schema(implementation = ServiceClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client")
    public ServiceClientView getClient(@PathParam("id") String id) {
        return ServiceClientView.of(clients.get(id), null);
    }

    @POST
    @Path("/{id}/secret")
    @Operation(summary = "Rotate the secret", description = "Admin only. A new secret, shown in this answer only; "
            + "the old one stops working at once.")
    @APIResponse(responseCode = "200", description = "The client with its new secret; the ETag is its version "
            + "(concurrent rotations are serialised: the highest version holds the secret that works)",
            content = @Content(schema = @Schema(implementation = ServiceClientView.class)))
    public Response rotateClientSecret(@PathParam("id") String id) {
        ServiceClients.Created rotated = clients.rotateSecret(id);
        return Response.ok(ServiceClientView.of(rotated.client(), rotated.secret()))
                .tag(dev.ticketing.kit.web.ETags.of(rotated.client().version()))
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Disable a service client", description = "Admin only. It cannot get tokens any more; "
            + "tokens already issued expire with their lifetime.")
    @APIResponse(responseCode = "204", description = "Disabled")
    public Response disableClient(@PathParam("id") String id) {
        clients.disable(id);
        return Response.noContent().build();
    }
}
