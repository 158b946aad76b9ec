package org.helpdesk.ticket;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose eyes a ticket is read through, as {@link TicketVisibility} decides: quality managers, auditors and
 * administrators see every ticket; an agent sees the tickets of their teams, the ones assigned to them and the ones
 * without a team (the shared triage queue). Any other ticket is "not found" to them, so its existence does not leak.
 *
 * @param username who is looking
 * @param userId their account ({@code null}: none)
 * @param everything whether they see every ticket
 * @param teams the teams they belong to
 */
public record TicketViewer(String username, @Nullable UUID userId, boolean everything, Set<UUID> teams) {

    public TicketViewer {
        teams = Set.copyOf(teams);
    }

    /** Someone who sees every ticket, e.g. the system itself. */
    public static TicketViewer seeingEverything(String username) {
        return new TicketViewer(username, null, true, Set.of());
    }

    public boolean sees(Ticket ticket) {
        NamedRef team = ticket.assignment().team();
        AgentRef assignee = ticket.assignment().assignee();
        return everything
                || team == null
                || teams.contains(team.id())
                || (assignee != null && assignee.username().equals(username));
    }
}
