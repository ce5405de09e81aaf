package dev.ticketing.gateway.identity;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Accounts of the suite")
public class UserResource {

    private final UserRepository users;
    private final CurrentUser caller;

    UserResource(UserRepository users, CurrentUser caller) {
        this.users = users;
        this.caller = caller;
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
