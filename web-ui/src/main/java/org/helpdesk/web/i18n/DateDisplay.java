package org.helpdesk.web.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;

/**
 * Shows instants (stored in UTC) in the reader's time zone and language: {@code ${@dates.format(t)}}; days as
 * {@code ${@dates.date(d)}}. The reader's zone
 * is the one they chose on their account page, else the organisation's ({@code helpdesk.web.time-zone}).
 */
@Component("dates")
public class DateDisplay {

    private final ZoneId organisationZone;

    DateDisplay(@Value("${helpdesk.web.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.organisationZone = ZoneId.of(zone);
    }

    public String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(readerZone())
                .format(instant);
    }

    /** A calendar day (a report period's bounds, a holiday) in the reader's language: 1 Mar 2026, 1.03.2026 г. */
    public String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .format(day);
    }

    /** The zone of the person reading this page (see {@link LocaleConfiguration}), as an id for templates. */
    public String zone() {
        return readerZone().getId();
    }

    public ZoneId readerZone() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        if (context instanceof TimeZoneAwareLocaleContext aware && aware.getTimeZone() != null) {
            return aware.getTimeZone().toZoneId();
        }
        return organisationZone;
    }

    /** The zone reports count days in, the same for every reader so that everyone sees the same figures. */
    public ZoneId organisationZone() {
        return organisationZone;
    }
}
