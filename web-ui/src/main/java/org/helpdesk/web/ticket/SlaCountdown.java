package org.helpdesk.web.ticket;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The SLA clock as pages show it ({@code ${@slaClock.state(t)}}): how long is left or overdue, and whether it
 * runs, waits or is done. Worked out on the server at render time; the page refreshes it on reload.
 */
@Component("slaClock")
public class SlaCountdown {

    private final Clock clock;
    private final Duration warning;
    private final MessageSource messages;

    SlaCountdown(Clock clock, TicketSettings settings, MessageSource messages) {
        this.clock = clock;
        this.warning = settings.breachWarning();
        this.messages = messages;
    }

    public State state(Ticket ticket) {
        Duration left = ticket.sla().remaining(clock.instant());
        if (left == null) {
            String kind = ticket.sla().pausedSince() != null && ticket.status().isActive() ? "paused" : "none";
            return new State(kind, "", ticket.sla().breached());
        }
        String kind = left.isNegative() ? "breached" : left.compareTo(warning) <= 0 ? "warning" : "running";
        return new State(
                kind,
                format(left.abs(), messages, LocaleContextHolder.getLocale()),
                ticket.sla().breached() || left.isNegative());
    }

    /** Short and in the reader's language: "2h 05m", "2 ч 05 мин"; days and hours once it is more than a day. */
    static String format(Duration d, MessageSource messages, Locale locale) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return messages.getMessage("sla.duration.days", new Object[] {days, hours}, locale);
        }
        return hours > 0
                ? messages.getMessage("sla.duration.hours", new Object[] {hours, minutes}, locale)
                : messages.getMessage("sla.duration.minutes", new Object[] {minutes}, locale);
    }

    /** {@code kind}: running, warning, breached, paused or none; {@code text}: the time left or overdue. */
    public record State(String kind, String text, boolean breached) {}
}
