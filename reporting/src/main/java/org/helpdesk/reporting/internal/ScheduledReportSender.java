package org.helpdesk.reporting.internal;

import org.helpdesk.reporting.ReportSchedules;
import org.helpdesk.reporting.ReportingProperties;
import org.helpdesk.shared.PeriodicWorker;
import org.springframework.stereotype.Component;

/** Sends the scheduled reports that are due, every {@code helpdesk.reporting.schedule-interval}. */
@Component
class ScheduledReportSender extends PeriodicWorker {

    private final ReportSchedules schedules;

    ScheduledReportSender(ReportSchedules schedules, ReportingProperties properties) {
        super("report-schedules", properties.scheduleInterval(), properties.scheduleInterval());
        this.schedules = schedules;
    }

    @Override
    protected void round() {
        schedules.runDue();
    }
}
