package dev.ticketing.gateway.clients;

import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service client as the API shows it; {@code clientSecret} only in the answer that creates or rotates it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ServiceClient", description = "A machine client of the suite (OAuth2 client_credentials)")
public record ServiceClientView(
        @Schema(description = "client_id at the token endpoint", example = "0b7f6a52-3c1e-4d8e-9a57-1f2e3d4c5b6a") String clientId,
        @Schema(description = "Shown once, when created or rotated; stored hashed and never readable again",
                nullable = true, example = "hA3k…") String clientSecret,
        @Schema(example = "crm-connector") String name,
        @Schema(description = "Roles of its tokens, always including service", example = "[\"service\"]") Set<String> roles,
        boolean enabled,
        Instant createdAt) {

    static ServiceClientView of(ServiceClient client, String secret) {
        return new ServiceClientView(client.id, secret, client.name, client.roles(), client.enabled,
                client.createdAt);
    }
}
