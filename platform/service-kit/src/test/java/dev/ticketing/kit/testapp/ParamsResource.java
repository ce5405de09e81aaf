package dev.ticketing.kit.testapp;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A test endpoint with the parameter types the kit converts strictly. */
@Path("/api/v1/kit-test/params")
@Produces(MediaType.APPLICATION_JSON)
public class ParamsResource {

    /** Colours for the enum parameter. */
    public enum Color {
        RED, GREEN
    }

    @GET
    public Map<String, Object> echo(@QueryParam("color") Color color, @QueryParam("flag") Boolean flag,
            @QueryParam("n") Integer n) {
        return Map.of("color", String.valueOf(color), "flag", String.valueOf(flag), "n", String.valueOf(n));
    }
}
