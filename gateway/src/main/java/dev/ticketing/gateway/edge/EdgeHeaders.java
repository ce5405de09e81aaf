package dev.ticketing.gateway.edge;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.ticketing.kit.problem.ProblemMappers;

/**
 * Headers of the gateway's own answers: {@code Cache-Control: no-store} on the API and token endpoints (personal
 * data and secrets; an answer that set its own policy keeps it), and {@code Allow} on a 405 (RFC 9110 section
 * 15.5.6), which the kit's problem+json mapper would otherwise drop.
 */
@Provider
public class EdgeHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if ((path.startsWith("/api/") || path.startsWith("/auth/"))
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** 405 problem+json with the {@code Allow} header of the exception. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER)
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response problem = ProblemMappers.answer(405, "method-not-allowed", "Method Not Allowed",
                "This resource does not support this method", uri, List.of(), Map.of());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null) {
            allow = allowed(uri.getPath());
        }
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    /** The gateway's own resources, whose methods make the {@code Allow} of a path. */
    private static final List<Class<?>> RESOURCES = List.of(dev.ticketing.gateway.identity.UserResource.class,
            dev.ticketing.gateway.clients.ServiceClientResource.class, dev.ticketing.gateway.token.TokenResource.class,
            dev.ticketing.gateway.token.WellKnownResource.class);
    private static final Map<java.util.regex.Pattern, java.util.Set<String>> ROUTES = routes();

    private static Map<java.util.regex.Pattern, java.util.Set<String>> routes() {
        Map<java.util.regex.Pattern, java.util.Set<String>> routes = new java.util.LinkedHashMap<>();
        for (Class<?> resource : RESOURCES) {
            jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
            for (java.lang.reflect.Method method : resource.getDeclaredMethods()) {
                String verb = null;
                for (java.lang.annotation.Annotation a : method.getAnnotations()) {
                    jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                    if (http != null) {
                        verb = http.value();
                    }
                }
                if (verb == null || base == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String template = (base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                        .replaceAll("/$", "");
                java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(
                        template.replaceAll("\\{[^}]+}", "[^/]+"));
                routes.computeIfAbsent(pattern, p -> new java.util.TreeSet<>()).add(verb);
            }
        }
        return routes;
    }

    /** The methods the gateway's own resources accept at {@code path} (literal paths first), or null. */
    static String allowed(String path) {
        String clean = path.replaceAll("/+$", "");
        java.util.Set<String> literal = null;
        java.util.Set<String> templated = null;
        for (Map.Entry<java.util.regex.Pattern, java.util.Set<String>> route : ROUTES.entrySet()) {
            if (route.getKey().matcher(clean).matches()) {
                if (!route.getKey().pattern().contains("[^/]+")) {
                    literal = route.getValue();
                } else if (templated == null) {
                    templated = route.getValue();
                }
            }
        }
        java.util.Set<String> verbs = literal != null ? literal : templated;
        if (verbs == null) {
            return null;
        }
        java.util.Set<String> all = new java.util.TreeSet<>(verbs);
        if (all.contains("GET")) {
            all.add("HEAD");
        }
        all.add("OPTIONS");
        return String.join(", ", all);
    }
}
