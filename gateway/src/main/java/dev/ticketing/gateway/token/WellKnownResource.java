package dev.ticketing.gateway.token;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Discovery documents: the JWK Set (RFC 7517) and the OpenID Provider metadata. Public. */
@Path("/.well-known")
@PermitAll
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class WellKnownResource {

    /** A JWK Set. */
    public record Jwks(List<SigningKeys.PublicJwk> keys) {
    }

    /** OpenID Provider metadata (the subset this issuer supports). */
    public record OpenIdConfiguration(
            String issuer,
            @JsonProperty("revocation_endpoint") String revocationEndpoint,
            @JsonProperty("jwks_uri") String jwksUri,
            @JsonProperty("token_endpoint") String tokenEndpoint,
            @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
            @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
            @JsonProperty("id_token_signing_alg_values_supported") List<String> signingAlgValuesSupported,
            @JsonProperty("subject_types_supported") List<String> subjectTypesSupported,
            @JsonProperty("claims_supported") List<String> claimsSupported) {
    }

    private final SigningKeys keys;
    private final String issuer;
    private final Optional<URI> publicUrl;

    WellKnownResource(SigningKeys keys, @ConfigProperty(name = "ticketing.jwt.issuer") String issuer,
            @ConfigProperty(name = "ticketing.public-url") Optional<URI> publicUrl) {
        this.keys = keys;
        this.issuer = issuer;
        this.publicUrl = publicUrl;
    }

    @GET
    @Path("/jwks.json")
    @Operation(summary = "Public keys of the token issuer",
            description = "JWK Set (RFC 7517) of the RSA keys that verify the gateway's access tokens; the 'kid' of "
                    + "a token's header names its key (RFC 7638 thumbprint). Public; cacheable for 5 minutes.")
    @APIResponse(responseCode = "200", description = "The JWK Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Jwks.class),
                    examples = @ExampleObject(name = "jwks", value = """
                            {"keys":[{"kty":"RSA","kid":"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs","use":"sig",
                             "alg":"RS256","n":"0vx7agoebGcQSuu...","e":"AQAB"}]}""")))
    public Response jwks() {
        return Response.ok(new Jwks(keys.publishedKeys())).header("Cache-Control", "public, max-age=300").build();
    }

    @GET
    @Path("/openid-configuration")
    @Operation(summary = "OpenID Provider metadata",
            description = "Issuer, JWKS address, token endpoint and supported grant types, so that OIDC-aware "
                    + "clients and resource servers can configure themselves. Public.")
    @APIResponse(responseCode = "200", description = "The metadata",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OpenIdConfiguration.class)))
    public OpenIdConfiguration openIdConfiguration(@Context UriInfo uri) {
        String base = publicUrl.map(URI::toString).orElse(uri.getBaseUri().toString());
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return new OpenIdConfiguration(issuer, base + "/auth/revoke", base + "/.well-known/jwks.json", base + "/auth/token",
                List.of(TokenResource.PASSWORD, TokenResource.REFRESH_TOKEN), List.of("none"), List.of("RS256"), List.of("public"),
                List.of("iss", "aud", "sub", "upn", "name", "groups", "iat", "exp", "jti"));
    }
}
