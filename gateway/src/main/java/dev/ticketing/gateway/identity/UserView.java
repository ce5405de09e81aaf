package dev.ticketing.gateway.identity;

import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the admin API shows them; never a password or hash. */
@Schema(name = "User", description = "An account of the suite, as administrators see it")
public record UserView(
        @Schema(example = "4f1c2a9e-8d0b-4a57-9a43-0c6f0a3e52b1") String id,
        @Schema(example = "alice") String username,
        @Schema(example = "Alice Martin") String displayName,
        @Schema(example = "alice@ticketing.local", nullable = true) String email,
        @Schema(example = "fr-FR") String locale,
        @Schema(example = "finance", nullable = true) String team,
        @Schema(example = "[\"requester\"]") Set<String> roles,
        @Schema(description = "false: the account cannot log in or refresh tokens") boolean enabled,
        @Schema(description = "Set while the account is locked after repeated failed logins", nullable = true) Instant lockedUntil,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Entity version, also the ETag") long version) {

    public static UserView of(AppUser user) {
        Instant locked = user.lockedAt(Instant.now()) ? user.lockedUntil() : null;
        return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.locale(),
                user.team(), user.roles(), user.enabled(), locked, user.createdAt(), user.updatedAt(),
                user.version());
    }
}
