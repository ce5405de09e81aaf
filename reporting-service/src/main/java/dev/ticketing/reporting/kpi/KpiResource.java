package dev.ticketing.reporting.kpi;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.security.Roles;

/** Key performance indicators over a period. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "KPIs computed from the ticket events")
public class KpiResource {

    private final KpiService kpis;
    private final ReportingConfig config;
    private final Clock clock;

    KpiResource(KpiService kpis, ReportingConfig config, Clock clock) {
        this.kpis = kpis;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @Path("/kpis")
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(operationId = "getKpis", summary = "Key figures of a period",
            description = "Tickets created, resolved and still open over [from, to), with counts per category and "
                    + "priority; first-response and resolution times (mean, median, p90), satisfaction, reopen "
                    + "rate and SLA compliance. Without from, the period is the configured default (30 days) "
                    + "ending at to (now).")
    @APIResponse(responseCode = "200", description = "The key figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = KpiReport.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only supervisors and admins see reports",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiReport getKpis(
            @Parameter(description = "Start of the period, inclusive (ISO-8601 instant, 1970 to 9999)",
                    example = "2026-01-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "End of the period, exclusive (ISO-8601 instant, 1970 to 9999); default now",
                    example = "2026-02-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "Only tickets of this category", example = "INCIDENT")
            @QueryParam("category") String category,
            @Parameter(description = "Only tickets of this priority", example = "P1")
            @QueryParam("priority") String priority,
            @Parameter(description = "Only tickets assigned to this technician (user id)")
            @QueryParam("technicianId") String technicianId) {
        return kpis.kpis(KpiQuery.parse(from, to, category, priority, technicianId, config.defaultPeriod(),
                clock.instant()));
    }
}
