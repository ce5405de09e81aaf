package dev.ticketing.tickets.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;

/** Where history requests enter: the append-only trace of every change to a ticket. */
@Path("/api/v1/tickets/{id}/history")
@Tag(name = "History", description = "Who changed what, when, from what to what")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
public class HistoryResource {

    private final HistoryService history;
    private final CurrentUser caller;

    HistoryResource(HistoryService history, CurrentUser caller) {
        this.history = history;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getTicketHistory", summary = "A ticket's history",
            description = "Oldest first: creation, field changes, status moves, assignments, comments (requesters "
                    + "do not see internal ones), solution, verdict, rating, archiving; with actor, time and "
                    + "request id.")
    @APIResponse(responseCode = "200", description = "One page of history entries",
            headers = {@Header(name = "X-Total-Count"), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    public Response getTicketHistory(@PathParam("id") String id, @Valid @BeanParam PageParams page,
            @Context UriInfo uri) {
        return Paging.ok(history.page(id, page.page, page.size, caller).map(HistoryView::of), uri);
    }
}
