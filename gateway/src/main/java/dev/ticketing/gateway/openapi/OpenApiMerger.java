package dev.ticketing.gateway.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.ticketing.gateway.routing.ReverseProxy;
import io.quarkus.logging.Log;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;

/**
 * The suite's OpenAPI document: the gateway's own, plus each service's {@code /q/openapi} (paths, schemas,
 * tags; the first definition of a name wins). A service that does not answer is left out and named in
 * {@code info.description}.
 */
@ApplicationScoped
public class OpenApiMerger {

    private final OpenApiDocumentService documents;
    private final ReverseProxy proxy;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final HttpClient http;

    OpenApiMerger(OpenApiDocumentService documents, ReverseProxy proxy, ObjectMapper mapper,
            @ConfigProperty(name = "ticketing.openapi.fetch-timeout", defaultValue = "3s") Duration timeout) {
        this.documents = documents;
        this.proxy = proxy;
        this.mapper = mapper;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public ObjectNode merged() throws IOException {
        ObjectNode merged = (ObjectNode) mapper.readTree(documents.getDocument("<default>", Format.JSON));
        Map<String, CompletableFuture<JsonNode>> fetches = new LinkedHashMap<>();
        proxy.upstreams().forEach((service, url) -> fetches.put(service, fetch(url + "/q/openapi?format=json")));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<JsonNode>> fetch : fetches.entrySet()) {
            JsonNode document = fetch.getValue().join();
            if (document == null) {
                missing.add(fetch.getKey());
            } else {
                merge(merged, document);
            }
        }
        ObjectNode info = merged.with("info");
        String description = info.path("description").asText("");
        if (!missing.isEmpty()) {
            description = (description.isEmpty() ? "" : description + "\n\n")
                    + "Not included (the service did not answer): " + String.join(", ", missing) + ".";
        }
        info.put("description", description);
        addPasswordLogin(merged);
        return merged;
    }

    /**
     * Lets the Swagger UI obtain a token itself: an OAuth2 password-flow scheme on {@code /auth/token}, accepted
     * as an alternative wherever the bearer scheme is required (both carry the same access token).
     */
    private void addPasswordLogin(ObjectNode merged) {
        ObjectNode password = mapper.createObjectNode();
        password.put("tokenUrl", "/auth/token").putObject("scopes");
        ObjectNode scheme = mapper.createObjectNode();
        scheme.put("type", "oauth2")
                .put("description", "Log in with a username and password (demo accounts in the local profile)");
        scheme.putObject("flows").set("password", password);
        merged.with("components").with("securitySchemes").set("login", scheme);
        merged.path("paths").forEach(path -> path.forEach(operation -> {
            JsonNode security = operation.path("security");
            if (security.isArray() && security.size() > 0) {
                boolean bearer = false;
                for (JsonNode requirement : security) {
                    bearer |= requirement.has("bearer");
                }
                if (bearer) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) security).addObject().putArray("login");
                }
            }
        }));
    }

    private CompletableFuture<JsonNode> fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                Log.warnf("OpenAPI of %s answered %d", url, response.statusCode());
                return (JsonNode) null;
            }
            try {
                JsonNode node = mapper.readTree(response.body());
                return node != null && node.isObject() ? node : null;
            } catch (IOException e) {
                Log.warnf("OpenAPI of %s is not JSON", url);
                return null;
            }
        }).exceptionally(e -> {
            Log.infof("OpenAPI of %s unavailable: %s", url, e.getMessage());
            return null;
        });
    }

    static void merge(ObjectNode target, JsonNode source) {
        addMissing(target.with("paths"), source.path("paths"));
        JsonNode components = source.path("components");
        if (components.isObject()) {
            ObjectNode targetComponents = target.with("components");
            for (Iterator<String> it = components.fieldNames(); it.hasNext();) {
                String kind = it.next(); // schemas, securitySchemes, parameters, responses, ...
                addMissing(targetComponents.with(kind), components.get(kind));
            }
        }
        JsonNode tags = source.path("tags");
        if (tags.isArray()) {
            ArrayNode targetTags = target.withArray("tags");
            for (JsonNode tag : tags) {
                boolean known = false;
                for (JsonNode existing : targetTags) {
                    known |= existing.path("name").asText().equals(tag.path("name").asText());
                }
                if (!known) {
                    targetTags.add(tag);
                }
            }
        }
    }

    private static void addMissing(ObjectNode target, JsonNode source) {
        if (!source.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!target.has(field.getKey())) {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
