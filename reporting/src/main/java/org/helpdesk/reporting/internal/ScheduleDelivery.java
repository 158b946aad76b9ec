package org.helpdesk.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.channel.MailAttachment;
import org.helpdesk.channel.MailKind;
import org.helpdesk.channel.MailQueue;
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.ReportLabels;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.ReportSchedule;
import org.helpdesk.reporting.ReportScope;
import org.helpdesk.reporting.ScheduleDraft;
import org.springframework.context.MessageSource;

/**
 * Computes a schedule's report for a period with its owner's scope, writes its files in the schedule's language and
 * queues one mail per recipient in the outbox (in the caller's transaction).
 */
public final class ScheduleDelivery {

    private final ReportRunner reports;
    private final ReportExports exports;
    private final MailQueue mail;
    private final MessageSource messages;

    /** Computes a report: {@link org.helpdesk.reporting.Reports#run(ReportQuery, java.util.Collection)}. */
    @FunctionalInterface
    public interface ReportRunner {
        Report run(ReportQuery query, List<org.helpdesk.reporting.Kpi> kpis);
    }

    public ScheduleDelivery(ReportRunner reports, ReportExports exports, MailQueue mail, MessageSource messages) {
        this.reports = reports;
        this.exports = exports;
        this.mail = mail;
        this.messages = messages;
    }

    /** The last complete day, week, month or quarter before the local day of {@code now}. */
    public static Period lastComplete(ReportSchedule schedule, java.time.Instant now) {
        return Period.containing(
                        schedule.definition().period(),
                        now.atZone(schedule.zone()).toLocalDate(),
                        schedule.zone())
                .previous();
    }

    /** Queues the mails; returns how many. */
    public int deliver(ReportSchedule schedule, Period period, ReportScope scope) {
        ScheduleDraft d = schedule.definition();
        ReportQuery query = new ReportQuery(
                period,
                d.trend() == null ? Granularity.defaultFor(period) : d.trend(),
                d.breakdown(),
                d.filter(),
                scope);
        Report report = reports.run(query, d.kpisToRun());
        Locale locale = Locale.forLanguageTag(d.language());
        ReportLabels labels = (key, args) -> messages.getMessage(key, args, key, locale);
        List<MailAttachment> files = new ArrayList<>();
        for (ReportExports.Format format : ReportExports.Format.values()) {
            if (d.formats().contains(format)) {
                files.add(new MailAttachment(
                        ReportExports.fileName(report, format),
                        format.mediaType(),
                        exports.write(format, report, labels)));
            }
        }
        Map<String, String> values = Map.of(
                "scheduleName", d.name(),
                "period", period.from() + " – " + period.to(),
                "files",
                        String.join(
                                "\n",
                                files.stream().map(MailAttachment::fileName).toList()));
        for (String recipient : d.recipients()) {
            mail.enqueue(MailKind.REPORT, recipient, d.language(), values, files);
        }
        return d.recipients().size();
    }
}
