package org.helpdesk.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reporting ({@code helpdesk.reporting.*}).
 *
 * @param refreshInterval how often the precomputed business-hours durations are brought up to date (reports are
 *     exact without them, only slower)
 * @param refreshBatch how many tickets one refresh statement handles
 * @param refreshEnabled whether this instance refreshes them at all
 * @param currency the currency of teams' hourly costs and of cost per complaint (an ISO 4217 code)
 * @param scheduleInterval how often this instance looks for scheduled reports that are due (any number of instances
 *     may; each run happens once)
 * @param queryParallelism how many database connections one report may use at once: its KPI families run side by
 *     side in one snapshot (1 runs them one after another)
 */
@ConfigurationProperties("helpdesk.reporting")
public record ReportingProperties(
        @DefaultValue("60s") Duration refreshInterval,
        @DefaultValue("2000") int refreshBatch,
        @DefaultValue("true") boolean refreshEnabled,
        @DefaultValue("EUR") java.util.Currency currency,
        @DefaultValue("30s") Duration scheduleInterval,
        @DefaultValue("2") int queryParallelism) {

    public ReportingProperties {
        if (queryParallelism < 1) {
            throw new IllegalArgumentException("helpdesk.reporting.query-parallelism must be at least 1");
        }
    }
}
