package dev.ticketing.gateway.identity;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the API shows them. */
@Schema(name = "UserProfile", description = "A user of the suite")
public record UserProfile(
        @Schema(description = "Stable user id (the token's sub)", example = "4f1c2a9e-8d0b-4a57-9a43-0c6f0a3e52b1") String id,
        @Schema(description = "Login name", example = "alice") String username,
        @Schema(description = "Name to show", example = "Alice Martin") String displayName,
        @Schema(description = "E-mail address", example = "alice@ticketing.local", nullable = true) String email,
        @Schema(description = "BCP 47 locale", example = "fr-FR", nullable = true) String locale,
        @Schema(description = "Team", example = "finance", nullable = true) String team,
        @Schema(description = "Roles", example = "[\"requester\"]") Set<String> roles) {

    public static UserProfile of(AppUser user) {
        return new UserProfile(user.id(), user.username(), user.displayName(), user.email(), user.locale(),
                user.team(), user.roles());
    }
}
