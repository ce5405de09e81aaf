package dev.ticketing.gateway.token;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.gateway.identity.Authenticator;

/** OAuth 2.0 token endpoint (RFC 6749): the password grant for now. */
@Path("/auth/token")
@Tag(name = "Authentication", description = "Access tokens (OAuth 2.0) and the keys that verify them")
public class TokenResource {

    static final String PASSWORD = "password";

    private final Authenticator authenticator;
    private final TokenIssuer issuer;

    TokenResource(Authenticator authenticator, TokenIssuer issuer) {
        this.authenticator = authenticator;
        this.issuer = issuer;
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token",
            description = "OAuth 2.0 token endpoint (RFC 6749). grant_type=password with username and password "
                    + "gives a short-lived RS256 access token (15 minutes by default) carrying the user's id (sub), "
                    + "login (upn), name and roles (groups). Public endpoint. Answers are never cached.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = TokenRequest.class),
            examples = @ExampleObject(name = "password", value = "grant_type=password&username=alice&password=demo")))
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class),
                    examples = @ExampleObject(name = "token", value = """
                            {"access_token":"eyJraWQiOiJ...","token_type":"Bearer","expires_in":900}""")))
    @APIResponse(responseCode = "400", description = "invalid_request (missing parameter), invalid_grant (wrong "
            + "credentials or disabled account) or unsupported_grant_type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthError.class),
                    examples = {
                            @ExampleObject(name = "invalid_grant", value = """
                                    {"error":"invalid_grant","error_description":"Invalid username or password"}"""),
                            @ExampleObject(name = "unsupported_grant_type", value = """
                                    {"error":"unsupported_grant_type","error_description":"Supported grant types: password"}""")}))
    public Response token(@FormParam("grant_type") String grantType, @FormParam("username") String username,
            @FormParam("password") String password) {
        if (blank(grantType)) {
            return error("invalid_request", "grant_type is required");
        }
        if (!PASSWORD.equals(grantType)) {
            return error("unsupported_grant_type", "Supported grant types: " + PASSWORD);
        }
        if (blank(username) || password == null || password.isEmpty()) {
            return error("invalid_request", "username and password are required");
        }
        return authenticator.authenticate(username, password)
                .map(user -> {
                    TokenIssuer.AccessToken token = issuer.issue(user);
                    return noStore(Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresIn(), null)));
                })
                .orElseGet(() -> error("invalid_grant", "Invalid username or password"));
    }

    /** The form fields, for the OpenAPI document. */
    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @Schema(required = true, enumeration = {"password"}, example = "password") String grant_type,
            @Schema(example = "alice") String username,
            @Schema(example = "demo", format = "password") String password) {
    }

    private static Response error(String code, String description) {
        return noStore(Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(new OAuthError(code, description)));
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        return builder.header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
