package dev.ticketing.tickets.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;

/** Where ticket requests enter: parses, authorises by role, calls {@link TicketService}, maps the answer. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets", description = "Filing and tracking tickets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketService service;
    private final CurrentUser caller;

    TicketResource(TicketService service, CurrentUser caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "createTicket", summary = "File a ticket",
            description = "The requester is the caller, unless a technician, supervisor, admin or service client "
                    + "names one in requesterId. Publishes TicketCreated on ticket-events.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the new ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role may not file on behalf of someone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createTicket(@Valid @NotNull CreateTicketRequest request, @Context UriInfo uri) {
        Ticket ticket = service.create(request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id).build())
                .tag(etag(ticket))
                .entity(TicketView.of(ticket))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
    @Operation(operationId = "getTicket", summary = "Read a ticket",
            description = "Requesters read their own tickets, technicians those assigned to them or unassigned, "
                    + "supervisors and admins all. A ticket the caller may not see answers 404.")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its version",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response getTicket(@PathParam("id") String id) {
        Ticket ticket = service.get(id, caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    private static EntityTag etag(Ticket ticket) {
        return new EntityTag(Long.toString(ticket.version));
    }
}
