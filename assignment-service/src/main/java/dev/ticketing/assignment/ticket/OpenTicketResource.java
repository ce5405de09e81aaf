package dev.ticketing.assignment.ticket;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;

/** The queue of tickets that still need work, as assignment-service sees it. */
@Path("/api/v1/assignments/open-tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Assignments", description = "Open tickets and their assignment")
@APIResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Only technicians, supervisors and admins see the queue",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OpenTicketResource {

    private static final List<String> CATEGORIES = List.of("INCIDENT", "ASSISTANCE", "CHANGE_REQUEST", "BUG",
            "QUESTION", "OTHER");
    private static final List<String> PRIORITIES = List.of("P0", "P1", "P2", "P3");

    private final OpenTicketService tickets;
    private final CurrentUser caller;

    OpenTicketResource(OpenTicketService tickets, CurrentUser caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listOpenTickets", summary = "List open tickets",
            description = "Tickets not closed nor cancelled, most urgent and oldest first; sortable by createdAt, "
                    + "updatedAt, priority, status. A technician sees the tickets assigned to them and the "
                    + "unassigned ones (ticket-service's visibility); supervisors and admins see all.")
    @APIResponse(responseCode = "200", description = "One page of open tickets",
            headers = {
                @Header(name = Paging.TOTAL_COUNT, description = "Number of matching tickets",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenTicketView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid (unknown category or priority...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listOpenTickets(
            @Parameter(description = "Only this category", example = "INCIDENT") @QueryParam("category")
            String category,
            @Parameter(description = "Only this priority", example = "P1") @QueryParam("priority") String priority,
            @Parameter(description = "Only the tickets of this requester") @QueryParam("requesterId")
            String requesterId,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        return Paging.ok(tickets.list(new OpenTicketFilter(oneOf("category", category, CATEGORIES),
                oneOf("priority", priority, PRIORITIES), blankToNull(requesterId)), caller, paging), uri);
    }

    @GET
    @Path("/{ticketId}")
    @Operation(operationId = "getOpenTicket", summary = "Get one open ticket")
    @APIResponse(responseCode = "200", description = "The open ticket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenTicketView.class)))
    @APIResponse(responseCode = "404",
            description = "Unknown, closed or cancelled ticket, or one the caller cannot see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpenTicketView getOpenTicket(@Parameter(description = "Ticket id") @PathParam("ticketId") String ticketId) {
        return tickets.get(ticketId, caller);
    }

    /** An enum filter: null when absent, else one of the allowed values (an unknown one would match nothing). */
    private static String oneOf(String name, String value, List<String> allowed) {
        String filter = blankToNull(value);
        if (filter != null && !allowed.contains(filter)) {
            throw ApiProblem.badRequest(name, "must be one of " + String.join(", ", allowed));
        }
        return filter;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
