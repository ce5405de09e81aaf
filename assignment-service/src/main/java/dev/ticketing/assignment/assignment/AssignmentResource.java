package dev.ticketing.assignment.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;

/** Manual assignment of technicians to tickets, and the assignments of a ticket. */
@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Assignments", description = "Open tickets and their assignment")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final CurrentUser caller;

    AssignmentResource(AssignmentService assignments, CurrentUser caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignTicket", summary = "Assign a technician to a ticket",
            description = "Supervisors and admins name any available technician and may move a ticket from its "
                    + "assignee; a technician may only take, for themself, an unassigned ticket they can see. "
                    + "Publishes TicketAssigned on assignment-events.")
    @APIResponse(responseCode = "201", description = "Assigned; Location names the assignment",
            headers = @Header(name = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such ticket, or one the caller cannot see")
    @APIResponse(responseCode = "409", description = "The ticket is closed, already assigned to this technician, "
            + "or (taken by a technician) no longer unassigned")
    @APIResponse(responseCode = "422", description = "Unknown or unavailable technician")
    public Response assignTicket(@Valid @NotNull AssignmentRequest request, @Context UriInfo uri) {
        AssignmentView assignment = assignments.assign(request, caller);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assignments").path(assignment.id()).build())
                .entity(assignment).build();
    }

    @GET
    @Operation(operationId = "listAssignments", summary = "List a ticket's assignments",
            description = "Newest first; sortable by assignedAt. Same visibility as the ticket.")
    @APIResponse(responseCode = "200", description = "One page of assignments",
            headers = {
                @Header(name = Paging.TOTAL_COUNT, description = "Number of assignments of the ticket",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class)))
    @APIResponse(responseCode = "400", description = "ticketId is missing or a parameter is invalid")
    @APIResponse(responseCode = "404", description = "A ticket the caller cannot see")
    public Response listAssignments(
            @Parameter(description = "The ticket", required = true) @QueryParam("ticketId") String ticketId,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        if (ticketId == null || ticketId.isBlank()) {
            throw ApiProblem.badRequest("ticketId", "is required");
        }
        return Paging.ok(assignments.ofTicket(ticketId, caller, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Read an assignment")
    @APIResponse(responseCode = "200", description = "The assignment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment, or one of a ticket the caller cannot see")
    public AssignmentView getAssignment(@Parameter(description = "Assignment id") @PathParam("id") String id) {
        return assignments.get(id, caller);
    }
}
