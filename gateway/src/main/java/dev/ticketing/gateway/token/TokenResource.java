package dev.ticketing.gateway.token;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
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

import dev.ticketing.gateway.clients.ServiceClient;
import dev.ticketing.gateway.clients.ServiceClients;
import dev.ticketing.gateway.edge.ClientAddress;
import dev.ticketing.gateway.edge.RateLimits;
import dev.ticketing.gateway.edge.TooManyRequests;
import dev.ticketing.gateway.identity.Authenticator;
import io.vertx.core.http.HttpServerRequest;

/**
 * OAuth 2.0 token endpoint (RFC 6749): password, client_credentials and refresh_token grants. Rate-limited per
 * client IP (429 + Retry-After); a locked account answers like a wrong password (400 invalid_grant).
 */
@Path("/auth")
@Tag(name = "Authentication", description = "Access tokens (OAuth 2.0) and the keys that verify them")
public class TokenResource {

    static final String PASSWORD = "password";
    static final String REFRESH_TOKEN = "refresh_token";
    static final String CLIENT_CREDENTIALS = "client_credentials";

    private final Authenticator authenticator;
    private final TokenIssuer issuer;
    private final RefreshTokens refreshTokens;
    private final TokenRevocation revocation;
    private final ServiceClients clients;
    private final RateLimits limits;
    private final ClientAddress clientAddress;

    TokenResource(Authenticator authenticator, TokenIssuer issuer, RefreshTokens refreshTokens,
            ServiceClients clients, RateLimits limits, ClientAddress clientAddress, TokenRevocation revocation) {
        this.revocation = revocation;
        this.clientAddress = clientAddress;
        this.authenticator = authenticator;
        this.issuer = issuer;
        this.refreshTokens = refreshTokens;
        this.clients = clients;
        this.limits = limits;
    }

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token",
            description = "OAuth 2.0 token endpoint (RFC 6749). grant_type=password with username and password "
                    + "gives a short-lived RS256 access token (15 minutes by default) carrying the user's id (sub), "
                    + "login (upn), name and roles (groups), and a refresh token. grant_type=refresh_token with "
                    + "refresh_token gives a new access token and a new refresh token: each refresh token works once, "
                    + "and presenting a used one revokes all tokens of that login. Public endpoint. Answers are "
                    + "never cached.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = TokenRequest.class),
            examples = {
                    @ExampleObject(name = "password", value = "grant_type=password&username=alice&password=demo"),
                    @ExampleObject(name = "client_credentials",
                            value = "grant_type=client_credentials&client_id=0b7f6a52-3c1e-4d8e-9a57-1f2e3d4c5b6a&client_secret=hA3k"),
                    @ExampleObject(name = "refresh_token",
                            value = "grant_type=refresh_token&refresh_token=8xLOxBtZp8N2S3kxd0OaRr1B7Mx8d3xVvWdC3tq1yWw")}))
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class),
                    examples = @ExampleObject(name = "token", value = """
                            {"access_token":"eyJraWQiOiJ...","token_type":"Bearer","expires_in":900,
                             "refresh_token":"8xLOxBtZp8N2S3kxd0OaRr1B7Mx8d3xVvWdC3tq1yWw"}""")))
    @APIResponse(responseCode = "400", description = "invalid_request (missing parameter), invalid_grant (wrong "
            + "credentials or disabled account) or unsupported_grant_type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthError.class),
                    examples = {
                            @ExampleObject(name = "invalid_grant", value = """
                                    {"error":"invalid_grant","error_description":"Invalid username or password"}"""),
                            @ExampleObject(name = "unsupported_grant_type", value = """
                                    {"error":"unsupported_grant_type","error_description":"Supported grant types: password, refresh_token"}""")}))
    @APIResponse(responseCode = "401", description = "invalid_client: unknown client, wrong secret or disabled "
            + "client (client_credentials)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthError.class)))
    @APIResponse(responseCode = "429", description = "Too many token requests from this client IP; see Retry-After")
    public Response token(String body, @HeaderParam("Authorization") String authorization,
            @Context HttpServerRequest request) {
        String ip = clientAddress.of(request);
        long wait = limits.tokenPerIp().take(ip);
        if (wait > 0) {
            throw new TooManyRequests(wait, "Too many token requests from this address; retry in " + wait + " s");
        }
        Map<String, String> form;
        try {
            form = OAuthForm.parse(body);
        } catch (OAuthForm.Invalid e) {
            return error("invalid_request", "The form is not valid application/x-www-form-urlencoded: "
                    + e.getMessage());
        }
        String grantType = form.get("grant_type");
        boolean credentials = PASSWORD.equals(grantType) || CLIENT_CREDENTIALS.equals(grantType);
        if (credentials) {
            long failures = limits.loginFailuresPerIp().peek(ip);
            if (failures > 0) {
                throw new TooManyRequests(failures, "Too many failed logins from this address; retry in " + failures
                        + " s");
            }
        }
        Response answer = grant(grantType, form.get("username"), form.get("password"), form.get("refresh_token"),
                form.get("client_id"), form.get("client_secret"), authorization);
        if (credentials && (answer.getStatus() == 400 || answer.getStatus() == 401)) {
            limits.loginFailuresPerIp().take(ip); // successful logins take nothing from this bucket
        }
        return answer;
    }

    private Response grant(String grantType, String username, String password, String refreshToken,
            String clientId, String clientSecret, String authorization) {
        if (blank(grantType)) {
            return error("invalid_request", "grant_type is required");
        }
        if (REFRESH_TOKEN.equals(grantType)) {
            if (blank(refreshToken)) {
                return error("invalid_request", "refresh_token is required");
            }
            return refreshTokens.rotate(refreshToken)
                    .map(rotated -> answer(rotated.user(), rotated.refreshToken()))
                    .orElseGet(() -> error("invalid_grant", "The refresh token is invalid, expired or revoked"));
        }
        if (CLIENT_CREDENTIALS.equals(grantType)) {
            return clientCredentials(clientId, clientSecret, authorization);
        }
        if (!PASSWORD.equals(grantType)) {
            return error("unsupported_grant_type", "Supported grant types: " + PASSWORD + ", " + CLIENT_CREDENTIALS
                    + ", " + REFRESH_TOKEN);
        }
        if (blank(username) || password == null || password.isEmpty()) {
            return error("invalid_request", "username and password are required");
        }
        return authenticator.authenticate(username, password)
                .map(user -> answer(user, refreshTokens.issue(user)))
                .orElseGet(() -> error("invalid_grant", "Invalid username or password"));
    }

    /** RFC 6749 section 4.4: client id and secret in the form or in HTTP Basic (section 2.3.1); no refresh token. */
    private Response clientCredentials(String clientId, String clientSecret, String authorization) {
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (basic) {
            try {
                String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).trim()),
                        java.nio.charset.StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon < 0) {
                    return invalidClient(true);
                }
                clientId = java.net.URLDecoder.decode(decoded.substring(0, colon), java.nio.charset.StandardCharsets.UTF_8);
                clientSecret = java.net.URLDecoder.decode(decoded.substring(colon + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return invalidClient(true);
            }
        }
        if (blank(clientId) || blank(clientSecret)) {
            return invalidClient(basic);
        }
        java.util.Optional<ServiceClient> client = clients.authenticate(clientId, clientSecret);
        if (client.isEmpty()) {
            return invalidClient(basic);
        }
        TokenIssuer.AccessToken token = issuer.issue(client.get());
        return noStore(Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresIn(), null, null)));
    }

    private static Response invalidClient(@SuppressWarnings("unused") boolean basic) {
        return noStore(Response.status(401).type(MediaType.APPLICATION_JSON)
                .header("WWW-Authenticate", "Basic realm=\"ticketing\"")
                .entity(new OAuthError("invalid_client", "Client authentication failed")));
    }

    @POST
    @Path("/revoke")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a token",
            description = "OAuth 2.0 token revocation (RFC 7009). A refresh token: it and every token rotated from "
                    + "the same login stop working (logout). An access token: every service refuses it within "
                    + "seconds (TokenRevoked on identity-events) until it expires. token_type_hint (access_token "
                    + "or refresh_token) is optional. Answers 200 whether or not the token was known. Public "
                    + "endpoint: holding the token is the proof.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            examples = {@ExampleObject(name = "refresh token",
                    value = "token=8xLOxBtZp8N2S3kxd0OaRr1B7Mx8d3xVvWdC3tq1yWw&token_type_hint=refresh_token"),
                    @ExampleObject(name = "access token",
                            value = "token=eyJraWQiOiJ...&token_type_hint=access_token")}))
    @APIResponse(responseCode = "200", description = "Revoked, or unknown")
    @APIResponse(responseCode = "400", description = "invalid_request: no token given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OAuthError.class)))
    public Response revoke(String body) {
        Map<String, String> form;
        try {
            form = OAuthForm.parse(body);
        } catch (OAuthForm.Invalid e) {
            return error("invalid_request", "The form is not valid application/x-www-form-urlencoded: "
                    + e.getMessage());
        }
        String token = form.get("token");
        String hint = form.get("token_type_hint");
        if (blank(token)) {
            return error("invalid_request", "token is required");
        }
        revocation.revoke(token.trim(), hint);
        return noStore(Response.ok());
    }

    private Response answer(dev.ticketing.gateway.identity.AppUser user, String refreshToken) {
        TokenIssuer.AccessToken token = issuer.issue(user);
        return noStore(Response.ok(new TokenResponse(token.token(), "Bearer", token.expiresIn(), refreshToken, null)));
    }

    /** The form fields, for the OpenAPI document. */
    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @Schema(required = true, enumeration = {"password", "client_credentials", "refresh_token"}, example = "password") String grant_type,
            @Schema(description = "password grant", example = "alice") String username,
            @Schema(description = "password grant", example = "demo", format = "password") String password,
            @Schema(description = "refresh_token grant") String refresh_token,
            @Schema(description = "client_credentials grant (or HTTP Basic)") String client_id,
            @Schema(description = "client_credentials grant (or HTTP Basic)", format = "password") String client_secret) {
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
