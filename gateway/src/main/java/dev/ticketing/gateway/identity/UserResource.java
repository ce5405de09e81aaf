package dev.ticketing.gateway.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.Valid;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import dev.ticketing.kit.web.ETags;
import dev.ticketing.kit.paging.PageParams;
import dev.ticketing.kit.paging.Paging;
import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import dev.ticketing.kit.security.Roles;
import io.quarkus.security.Authenticated;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts of the suite")
public class UserResource {

    private final UserRepository users;
    private final CurrentUser caller;
    private final UserAdmin admin;

    UserResource(UserRepository users, CurrentUser caller, UserAdmin admin) {
        this.users = users;
        this.caller = caller;
        this.admin = admin;
    }

    /** The body of a password change. */
    @Schema(name = "PasswordChange")
    public record PasswordChange(@Schema(format = "password") String currentPassword,
            @Schema(format = "password", description = "At least 12 characters, not containing the username, "
                    + "mixing at least two character classes, not a common password") String newPassword) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user", description = "Admin only. Publishes UserCreated on identity-events. "
            + "The password must follow the policy (422 password-policy names the broken rules); a taken "
            + "username answers 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserAdmin.NewUser.class),
            examples = @ExampleObject(name = "technician", value = """
                    {"username":"tech3","displayName":"Théo Technicien","email":"tech3@example.com",
                     "password":"Correct-Horse-42","roles":["technician"],"team":"service-desk","locale":"fr-FR"}""")))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "409", description = "Username taken")
    @APIResponse(responseCode = "422", description = "Password policy not met")
    public Response createUser(UserAdmin.NewUser body, @Context UriInfo uri) {
        AppUser user = admin.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(user.id()).build())
                .tag(ETags.of(user.version()))
                .entity(UserView.of(user)).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List users", description = "Admin only. Paged (X-Total-Count, Link); filters role, q "
            + "(username, name or e-mail contains), enabled; sort by username, displayName, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "One page of users",
            content = @Content(schema = @Schema(implementation = UserView[].class)))
    public Response listUsers(@Valid @BeanParam PageParams page,
            @Parameter(description = "Only users with this role") @QueryParam("role") String role,
            @Parameter(description = "Text in username, display name or e-mail") @QueryParam("q") String q,
            @Parameter(description = "Only enabled (true) or disabled (false) users") @QueryParam("enabled") String enabled,
            @Context UriInfo uri) {
        return Paging.ok(admin.list(page, role, q, enabled).map(UserView::of), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read a user", description = "Admin only. The ETag is the version, for If-Match; "
            + "If-None-Match with the current ETag answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response getUser(@PathParam("id") String id, @Context Request request) {
        AppUser user = admin.get(id);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(ETags.of(user.version()));
        if (notModified != null) {
            return notModified.tag(ETags.of(user.version())).build();
        }
        return withEtag(Response.ok(UserView.of(user)), user);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a user", description = "Admin only. JSON merge patch of displayName, email, roles, "
            + "team, locale, enabled. If-Match is required (428 without, 412 when stale). Publishes UserUpdated, "
            + "or UserDisabled when enabled becomes false (its refresh tokens are revoked).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "promote", value = "{\"roles\":[\"technician\"],\"team\":\"service-desk\"}")))
    @APIResponse(responseCode = "200", description = "The changed user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patchUser(@PathParam("id") String id,
            @Parameter(description = "ETag of the user as read") @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        AppUser user = admin.patch(id, ifMatch, body);
        return withEtag(Response.ok(UserView.of(user)), user);
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Disable a user", description = "Admin only. The account is kept (history refers to it) "
            + "but cannot log in or refresh tokens any more. If-Match optional. Publishes UserDisabled.")
    @APIResponse(responseCode = "200", description = "The disabled user",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response disableUser(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        AppUser user = admin.disable(id, ifMatch);
        return withEtag(Response.ok(UserView.of(user)), user);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Disable a user (DELETE)", description = "Admin only. Same as POST /{id}/disable: users are "
            + "never deleted.")
    @APIResponse(responseCode = "204", description = "Disabled")
    public Response deleteUser(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        admin.disable(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password", description = "Any authenticated user with a local account. A wrong "
            + "currentPassword answers 400 and counts as a failed login; the new password must follow the policy "
            + "(422). Every refresh token of the caller is revoked.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Wrong current password")
    @APIResponse(responseCode = "422", description = "Password policy not met")
    public Response changeOwnPassword(PasswordChange body) {
        if (body == null) {
            throw dev.ticketing.kit.problem.ApiProblem.badRequest("body", "is required");
        }
        admin.changeOwnPassword(caller.id(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    private static Response withEtag(Response.ResponseBuilder builder, AppUser user) {
        return builder.tag(ETags.of(user.version())).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The caller's profile",
            description = "Profile of the user the bearer token belongs to. Any authenticated role. For a token "
                    + "from an external issuer whose subject has no account here, the profile is built from the "
                    + "token's claims.")
    @APIResponse(responseCode = "200", description = "The caller's profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UserProfile.class),
                    examples = @ExampleObject(name = "alice", value = """
                            {"id":"4f1c2a9e-8d0b-4a57-9a43-0c6f0a3e52b1","username":"alice",
                             "displayName":"Alice Martin","email":"alice@ticketing.local","locale":"fr-FR",
                             "team":"finance","roles":["requester"]}""")))
    @APIResponse(responseCode = "401", description = "Missing, expired or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UserProfile me() {
        return users.findByIdOptional(caller.id()).map(UserProfile::of)
                .orElseGet(() -> new UserProfile(caller.id(), caller.username(), caller.displayName(), null, null,
                        null, caller.roles()));
    }
}
