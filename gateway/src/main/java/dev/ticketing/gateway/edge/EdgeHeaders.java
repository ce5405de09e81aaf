package dev.ticketing.gateway.edge;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers of the gateway's own answers: {@code Cache-Control: no-store} on the API and token endpoints (personal
 * data and secrets; an answer that set its own policy keeps it). {@code Allow} on a 405 comes from the kit.
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
}
