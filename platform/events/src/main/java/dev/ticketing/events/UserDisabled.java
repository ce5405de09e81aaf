package dev.ticketing.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An account was disabled (published by the gateway). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserDisabled(
        String userId,
        String username,
        Instant disabledAt) {

    public static final String TYPE = "ticketing.identity.user-disabled.v1";
}
