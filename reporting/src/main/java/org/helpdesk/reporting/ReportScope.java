package org.helpdesk.reporting;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whose tickets a reader may see figures for: everything (quality managers, auditors, administrators), or an
 * agent's own tickets and those of the teams they belong to.
 */
public record ReportScope(boolean everything, @Nullable UUID agent, Set<UUID> teams) {

    public ReportScope {
        teams = Set.copyOf(teams);
    }

    public static ReportScope all() {
        return new ReportScope(true, null, Set.of());
    }

    /** Tickets assigned to {@code agent} or belonging to one of {@code teams}. */
    public static ReportScope ownAndTeams(UUID agent, Set<UUID> teams) {
        return new ReportScope(false, agent, teams);
    }
}
