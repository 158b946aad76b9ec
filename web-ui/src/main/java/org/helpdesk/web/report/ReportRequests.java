package org.helpdesk.web.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.helpdesk.reporting.DrillRequest;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns what the page or the API asked for into report queries in the organisation's time zone, for this reader. */
@Component
class ReportRequests {

    private final ReaderScope scopes;
    private final ZoneId zone;
    private final Clock clock;

    ReportRequests(ReaderScope scopes, DateDisplay dates, Clock clock) {
        this.scopes = scopes;
        this.zone = dates.organisationZone();
        this.clock = clock;
    }

    ReportQuery query(ReportForm form, Authentication reader) {
        return form.toQuery(zone, LocalDate.now(clock.withZone(zone)), scopes.of(reader));
    }

    DrillRequest drill(
            ReportForm form,
            Authentication reader,
            String kpi,
            boolean previous,
            @Nullable LocalDate bucket,
            @Nullable String group,
            @Nullable String part,
            int page,
            int size) {
        DrillRequest.Part which;
        try {
            which = part == null || part.isBlank()
                    ? DrillRequest.Part.ALL
                    : DrillRequest.Part.valueOf(part.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("part", "unknown_value", "must be all or matching");
        }
        return new DrillRequest(query(form, reader), kpi(kpi), previous, bucket, group, which, page, size);
    }

    static Kpi kpi(String id) {
        return Kpi.parse(id).orElseThrow(() -> new NotFoundException("KPI", id));
    }
}
