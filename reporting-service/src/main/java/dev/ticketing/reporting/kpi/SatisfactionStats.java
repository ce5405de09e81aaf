package dev.ticketing.reporting.kpi;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Satisfaction survey answers of a period. */
@Schema(name = "SatisfactionStats", description = "Survey answers; figures are null when count is 0")
public record SatisfactionStats(
        @Schema(description = "Answers given in the period", example = "20") long count,
        @Schema(description = "Average rating, 1 to 5", example = "4.2") Double averageRating,
        @Schema(description = "Share of answers rated 4 or 5, 0 to 1", example = "0.85") Double satisfactionRate) {

    static SatisfactionStats of(List<Integer> ratings) {
        if (ratings.isEmpty()) {
            return new SatisfactionStats(0, null, null);
        }
        double average = ratings.stream().mapToInt(Integer::intValue).average().orElse(0);
        long satisfied = ratings.stream().filter(r -> r >= 4).count();
        return new SatisfactionStats(ratings.size(), DurationStats.round(average),
                DurationStats.round((double) satisfied / ratings.size()));
    }
}
