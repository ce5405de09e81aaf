package dev.ticketing.reporting.kpi;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the reports ({@code ticketing.reporting.*}). */
@ConfigMapping(prefix = "ticketing.reporting")
public interface ReportingConfig {

    /** Length of the period a report covers when the caller gives no {@code from}. */
    @WithDefault("P30D")
    Duration defaultPeriod();
}
