package org.helpdesk.reporting.internal;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.reporting.ReportingProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Runs {@link TicketTimes#refresh} every {@code helpdesk.reporting.refresh-interval} in the background. */
@Component
class TicketTimeRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketTimeRefresher.class);

    private final TicketTimes times;
    private final ReportingProperties properties;
    private @Nullable ScheduledExecutorService executor;

    TicketTimeRefresher(JdbcClient jdbc, Clock clock, ReportingProperties properties) {
        this.times = new TicketTimes(jdbc, clock);
        this.properties = properties;
    }

    private void runQuietly() {
        try {
            int written = times.refresh(properties.refreshBatch());
            if (written > 0) {
                log.debug("Refreshed business-hours durations of {} tickets", written);
            }
        } catch (RuntimeException e) {
            log.warn("Refreshing report durations failed; will try again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.refreshEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "report-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runQuietly, Math.min(every, 10_000), every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
