package org.helpdesk.web.ticket;

import java.time.Clock;
import java.time.Duration;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSettings;
import org.springframework.stereotype.Component;

/**
 * The SLA clock as pages show it ({@code ${@slaClock.state(t)}}): how long is left or overdue, and whether it
 * runs, waits or is done. Worked out on the server at render time; the page refreshes it on reload.
 */
@Component("slaClock")
public class SlaCountdown {

    private final Clock clock;
    private final Duration warning;

    SlaCountdown(Clock clock, TicketSettings settings) {
        this.clock = clock;
        this.warning = settings.breachWarning();
    }

    public State state(Ticket ticket) {
        Duration left = ticket.sla().remaining(clock.instant());
        if (left == null) {
            String kind = ticket.sla().pausedSince() != null && ticket.status().isActive() ? "paused" : "none";
            return new State(kind, "", ticket.sla().breached());
        }
        String kind = left.isNegative() ? "breached" : left.compareTo(warning) <= 0 ? "warning" : "running";
        return new State(kind, format(left.abs()), ticket.sla().breached() || left.isNegative());
    }

    static String format(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + String.format("%02d", minutes) + "m" : minutes + "m";
    }

    /** {@code kind}: running, warning, breached, paused or none; {@code text}: the time left or overdue. */
    public record State(String kind, String text, boolean breached) {}
}
