package org.helpdesk.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Shows instants (stored in UTC) in the organisation's time zone and the reader's language: {@code ${@dates.format(t)}}. */
@Component("dates")
public class DateDisplay {

    private final ZoneId zone;

    DateDisplay(@Value("${helpdesk.web.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zone)
                .format(instant);
    }

    public String zone() {
        return zone.getId();
    }
}
