package dev.ticketing.reporting.kpi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mean, median and 90th percentile of a set of durations, in seconds; null figures when there is none. */
@Schema(name = "DurationStats", description = "Durations in seconds; figures are null when count is 0")
public record DurationStats(
        @Schema(description = "Tickets measured", example = "12") long count,
        @Schema(description = "Mean, seconds", example = "5400.0") Double meanSeconds,
        @Schema(description = "Median, seconds", example = "3600.0") Double medianSeconds,
        @Schema(description = "90th percentile (linear interpolation), seconds", example = "14400.0")
        Double p90Seconds) {

    static DurationStats of(List<Double> values) {
        if (values.isEmpty()) {
            return new DurationStats(0, null, null, null);
        }
        List<Double> sorted = values.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new DurationStats(sorted.size(), round(mean), round(percentile(sorted, 0.5)),
                round(percentile(sorted, 0.9)));
    }

    /** The {@code p}-quantile of sorted values, interpolated between the closest ranks. */
    static double percentile(List<Double> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low));
    }

    static Double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
