package dev.ticketing.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An account's profile or roles changed (published by the gateway). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserUpdated(
        String userId,
        String username,
        String displayName,
        String email,
        String locale,
        String team,
        List<String> roles,
        boolean enabled,
        Instant updatedAt) {

    public static final String TYPE = "ticketing.identity.user-updated.v1";
}
