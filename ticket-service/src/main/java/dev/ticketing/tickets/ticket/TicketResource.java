package dev.ticketing.tickets.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.kit.web.ETags;
import dev.ticketing.tickets.lifecycle.RejectionRequest;
import dev.ticketing.tickets.lifecycle.SatisfactionRequest;
import dev.ticketing.tickets.lifecycle.SolutionRequest;
import dev.ticketing.tickets.lifecycle.StatusChangeRequest;
import dev.ticketing.tickets.lifecycle.TicketLifecycleService;

/** Where ticket requests enter: parses, authorises by role, calls one service method, maps the answer. */
@Path("/api/v1/tickets")
@Tag(name = "Tickets", description = "Filing, tracking and closing tickets")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
public class TicketResource {

    private final TicketService tickets;
    private final TicketLifecycleService lifecycle;
    private final CurrentUser caller;

    TicketResource(TicketService tickets, TicketLifecycleService lifecycle, CurrentUser caller) {
        this.tickets = tickets;
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTicket", summary = "File a ticket",
            description = "The requester is the caller, unless a technician, supervisor, admin or service client "
                    + "names one in requesterId. Give priority, or impact and urgency. With an Idempotency-Key, "
                    + "a retry with the same body answers the same ticket. Publishes TicketCreated.")
    @APIResponse(responseCode = "201", description = "Filed; Location names the new ticket, ETag its version",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Filing on behalf of someone needs a staff or service role")
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another body, or requesterId "
            + "names no active user")
    public Response createTicket(
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "^[\\x21-\\x7e]{1,100}$",
                    message = "must be 1 to 100 visible ASCII characters")
            @Parameter(description = "Client-chosen key that makes retries safe", example = "7d3f1a0e-retry-1")
            String idempotencyKey,
            @Valid @NotNull CreateTicketRequest request, @Context UriInfo uri) {
        TicketService.Created created = tickets.create(request, idempotencyKey, caller);
        Ticket ticket = created.ticket();
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id).build())
                .tag(etag(ticket))
                .header("Idempotent-Replayed", created.replayed() ? "true" : null)
                .entity(TicketView.of(ticket))
                .build();
    }

    @GET
    @Operation(operationId = "listTickets", summary = "List tickets",
            description = "The tickets the caller may see (requesters: their own; technicians: assigned to them or "
                    + "unassigned; others: all), filtered, sorted and paged. Archived tickets only with "
                    + "archived=true. X-Total-Count gives the total, Link the other pages.")
    @APIResponse(responseCode = "200", description = "One page of tickets",
            headers = {@Header(name = "X-Total-Count"), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, page or sort")
    public Response listTickets(@Valid @BeanParam TicketQuery query, @Valid @BeanParam PageParams page,
            @Context UriInfo uri) {
        TicketFilter filter = query.toFilter();
        return Paging.ok(tickets.list(filter, page.page, page.size, page.sort, caller).map(TicketView::of), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTicket", summary = "Read a ticket",
            description = "A ticket the caller may not see answers 404, as one that does not exist.")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its version",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    public Response getTicket(@PathParam("id") String id) {
        Ticket ticket = tickets.get(id, caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateTicket", summary = "Change a ticket's fields",
            description = "Needs If-Match with the ETag last read. Publishes TicketUpdated with the changes.")
    @APIResponse(responseCode = "200", description = "The changed ticket", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "The caller may not change these fields")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is archived")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateTicket(@PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag of the version read", example = "\"3\"")
            String ifMatch,
            @Valid @NotNull UpdateTicketRequest request) {
        Ticket ticket = tickets.update(id, ifMatch, request, caller);
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTicketStatus", summary = "Start, put on hold, resume or cancel",
            description = "IN_PROGRESS (start or resume), PENDING (reason required; optional resumeAt after which "
                    + "it resumes by itself; the SLA clock pauses) or CANCELLED. An illegal move answers 409 with "
                    + "the allowed targets. Publishes StatusChanged.")
    @APIResponse(responseCode = "200", description = "The ticket after the move",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "Illegal transition (allowed targets in `allowed`), or archived")
    public Response changeTicketStatus(@PathParam("id") String id, @Valid @NotNull StatusChangeRequest request) {
        return answer(lifecycle.changeStatus(id, request, caller));
    }

    @POST
    @Path("/{id}/solution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeSolution", summary = "Propose a solution (RESOLVED)",
            description = "By the assignee, a supervisor or an admin. The requester then accepts or rejects it; "
                    + "unanswered, it closes by itself after the configured delay. Publishes SolutionProposed.")
    @APIResponse(responseCode = "200", description = "The resolved ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "Illegal transition, or archived")
    public Response proposeSolution(@PathParam("id") String id, @Valid @NotNull SolutionRequest request) {
        return answer(lifecycle.proposeSolution(id, request, caller));
    }

    @POST
    @Path("/{id}/solution/accept")
    @Operation(operationId = "acceptSolution", summary = "Accept the solution (CLOSED)",
            description = "By the requester. Publishes SolutionAccepted and TicketClosed.")
    @APIResponse(responseCode = "200", description = "The closed ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "No solution to accept, or archived")
    public Response acceptSolution(@PathParam("id") String id) {
        return answer(lifecycle.acceptSolution(id, caller));
    }

    @POST
    @Path("/{id}/solution/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectSolution", summary = "Reject the solution (reopen)",
            description = "By the requester, with a reason: back to IN_PROGRESS, reopenCount + 1. Publishes "
                    + "SolutionRejected and TicketReopened.")
    @APIResponse(responseCode = "200", description = "The reopened ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "No solution to reject, or archived")
    public Response rejectSolution(@PathParam("id") String id, @Valid @NotNull RejectionRequest request) {
        return answer(lifecycle.rejectSolution(id, request, caller));
    }

    @POST
    @Path("/{id}/satisfaction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateTicket", summary = "Answer the satisfaction survey",
            description = "Once per closed ticket, by its requester: rating 1 to 5 and a comment. A second answer "
                    + "is 409. Publishes SatisfactionRated.")
    @APIResponse(responseCode = "200", description = "The rated ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not the requester")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "Not closed, already rated, or archived")
    public Response rateTicket(@PathParam("id") String id, @Valid @NotNull SatisfactionRequest request) {
        return answer(lifecycle.rate(id, request, caller));
    }

    private static Response answer(Ticket ticket) {
        return Response.ok(TicketView.of(ticket)).tag(etag(ticket)).build();
    }

    static EntityTag etag(Ticket ticket) {
        return ETags.of(ticket.version);
    }
}
