package dev.ticketing.reporting.kpi;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Key figures of a period, as {@code GET /api/v1/reports/kpis} answers them. */
@Schema(name = "KpiReport", description = "Key figures of a period")
public record KpiReport(
        @Schema(description = "Tickets created in the period", example = "42") long ticketsCreated,
        @Schema(description = "Tickets resolved or closed in the period (and not reopened since)", example = "37")
        long ticketsResolved,
        @Schema(description = "Tickets still open at the end of the period", example = "12") long backlog,
        @Schema(description = "Tickets created in the period, per category", example = "{\"INCIDENT\": 20}")
        Map<String, Long> byCategory,
        @Schema(description = "Tickets created in the period, per priority", example = "{\"P1\": 5}")
        Map<String, Long> byPriority,
        @Schema(description = "Start of the period, inclusive", example = "2026-01-01T00:00:00Z") Instant from,
        @Schema(description = "End of the period, exclusive", example = "2026-02-01T00:00:00Z") Instant to,
        @Schema(description = "Creation to first staff response, for tickets first answered in the period")
        DurationStats firstResponseTime,
        @Schema(description = "Creation to resolution, for tickets resolved in the period")
        DurationStats resolutionTime,
        @Schema(description = "Satisfaction survey answers given in the period") SatisfactionStats satisfaction,
        @Schema(description = "Share of the tickets resolved in the period that had been reopened, 0 to 1; null "
                + "when none was resolved", example = "0.05") Double reopenRate,
        @Schema(description = "SLA compliance of the tickets closed in the period") SlaStats sla) {
}
