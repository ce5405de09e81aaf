package dev.ticketing.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An account was created (published by the gateway); no secret ever travels. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserCreated(
        String userId,
        String username,
        String displayName,
        String email,
        String locale,
        String team,
        List<String> roles,
        Instant createdAt) {

    public static final String TYPE = "ticketing.identity.user-created.v1";
}
