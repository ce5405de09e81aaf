package dev.ticketing.assignment.technician;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.ApiProblem;
import dev.ticketing.kit.security.Roles;
import dev.ticketing.kit.web.ETags;

/** Technicians, their skills, level, capacity and availability. */
@Path("/api/v1/technicians")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Technicians", description = "Technicians, skills and capacity")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this operation")
public class TechnicianResource {

    private static final String CATEGORIES = "INCIDENT|ASSISTANCE|CHANGE_REQUEST|BUG|QUESTION|OTHER";

    private final TechnicianService technicians;

    TechnicianResource(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @GET
    @Operation(operationId = "listTechnicians", summary = "List technicians",
            description = "Users with the technician role, by name; sortable by name, level, capacity, updatedAt. "
                    + "Each shows its count of open tickets.")
    @APIResponse(responseCode = "200", description = "One page of technicians",
            headers = {
                @Header(name = Paging.TOTAL_COUNT, description = "Number of matching technicians",
                        schema = @Schema(type = SchemaType.INTEGER)),
                @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TechnicianView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid")
    public Response listTechnicians(
            @Parameter(description = "Only technicians with this skill (category)", example = "INCIDENT")
            @QueryParam("skill") String skill,
            @Parameter(description = "Only available (true) or unavailable (false) technicians", example = "true")
            @QueryParam("available") String available,
            @Valid @BeanParam PageParams paging,
            @Context UriInfo uri) {
        String skillFilter = skill == null || skill.isBlank() ? null : skill;
        if (skillFilter != null && !skillFilter.matches(CATEGORIES)) {
            throw ApiProblem.badRequest("skill", "must be one of " + CATEGORIES.replace("|", ", "));
        }
        Boolean availableFilter = null;
        if (available != null && !available.isBlank()) {
            if (!available.equals("true") && !available.equals("false")) {
                throw ApiProblem.badRequest("available", "must be true or false");
            }
            availableFilter = Boolean.valueOf(available);
        }
        return Paging.ok(technicians.list(skillFilter, availableFilter, paging), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTechnician", summary = "Read a technician")
    @APIResponse(responseCode = "200", description = "The technician; ETag is its version",
            headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnicianView.class)))
    @APIResponse(responseCode = "404", description = "No such technician")
    public Response getTechnician(@Parameter(description = "User id of the technician") @PathParam("id") String id) {
        TechnicianView view = technicians.get(id);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "updateTechnician", summary = "Change a technician's skills, level, capacity or "
            + "availability", description = "Supervisors and admins; needs If-Match with the ETag last read.")
    @APIResponse(responseCode = "200", description = "The changed technician", headers = @Header(name = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TechnicianView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such technician")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateTechnician(@Parameter(description = "User id of the technician") @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = "The ETag of the version read", example = "\"3\"")
            String ifMatch,
            @Valid @NotNull TechnicianPatch patch) {
        TechnicianView view = technicians.update(id, ifMatch, patch);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    private static EntityTag etag(long version) {
        return ETags.of(version);
    }
}
