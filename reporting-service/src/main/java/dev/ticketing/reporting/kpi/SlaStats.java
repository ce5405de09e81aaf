package dev.ticketing.reporting.kpi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** SLA compliance of the tickets closed in a period. */
@Schema(name = "SlaStats", description = "SLA compliance of the tickets closed in the period")
public record SlaStats(
        @Schema(description = "Tickets closed in the period", example = "30") long closed,
        @Schema(description = "Of which met both the response and the resolution targets", example = "27")
        long compliant,
        @Schema(description = "Of which missed the response target", example = "2") long responseBreached,
        @Schema(description = "Of which missed the resolution target", example = "2") long resolutionBreached,
        @Schema(description = "compliant / closed, 0 to 1; null when none was closed", example = "0.9")
        Double complianceRate) {

    static SlaStats of(long closed, long compliant, long responseBreached, long resolutionBreached) {
        return new SlaStats(closed, compliant, responseBreached, resolutionBreached,
                closed == 0 ? null : DurationStats.round((double) compliant / closed));
    }
}
