package dev.ticketing.tickets.comment;

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

/** Where comment requests enter. */
@Path("/api/v1/tickets/{id}/comments")
@Tag(name = "Comments", description = "Public and internal comments on a ticket")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN, Roles.SERVICE})
public class CommentResource {

    private final CommentService service;
    private final CurrentUser caller;

    CommentResource(CommentService service, CurrentUser caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listComments", summary = "List a ticket's comments",
            description = "Oldest first. Requesters and service clients see PUBLIC comments only.")
    @APIResponse(responseCode = "200", description = "One page of comments",
            headers = {@Header(name = "X-Total-Count"), @Header(name = "Link")},
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CommentView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    public Response listComments(@PathParam("id") String id, @Valid @BeanParam PageParams page,
            @Context UriInfo uri) {
        return Paging.ok(service.list(id, page.page, page.size, caller).map(CommentView::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addComment", summary = "Comment on a ticket",
            description = "INTERNAL comments are for staff only. The first PUBLIC comment of a technician is the "
                    + "first response (SLA); a PUBLIC comment of the requester resumes a PENDING ticket. "
                    + "Publishes CommentAdded.")
    @APIResponse(responseCode = "201", description = "The comment",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Requesters may not write internal comments")
    @APIResponse(responseCode = "404", description = "No such ticket visible to the caller")
    @APIResponse(responseCode = "409", description = "The ticket is archived")
    public Response addComment(@PathParam("id") String id, @Valid @NotNull CommentRequest request) {
        return Response.status(201).entity(CommentView.of(service.add(id, request, caller))).build();
    }
}
