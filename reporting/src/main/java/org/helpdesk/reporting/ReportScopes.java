package org.helpdesk.reporting;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.springframework.stereotype.Service;

/**
 * Whose figures a person sees: quality managers, auditors and administrators everything; others their own tickets
 * and their teams'. Used for scheduled reports, which run with their owner's scope as it is at run time.
 */
@Service
public class ReportScopes {

    /** The roles that see every ticket's figures. */
    public static final Set<Role> SEE_ALL = Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.ADMIN);

    private final UserAccounts accounts;
    private final Teams teams;

    ReportScopes(UserAccounts accounts, Teams teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    /** The scope of an enabled account; empty for someone unknown or disabled. */
    public Optional<ReportScope> of(String username) {
        return accounts.findByUsername(username).filter(UserAccount::enabled).map(this::of);
    }

    public ReportScope of(UserAccount account) {
        if (account.roles().stream().anyMatch(SEE_ALL::contains)) {
            return ReportScope.all();
        }
        return ownAndTeams(account.id());
    }

    /** An agent's own tickets and those of their teams. */
    public ReportScope ownAndTeams(UUID account) {
        Set<UUID> ids = new HashSet<>();
        for (TeamId team : teams.teamsOf(account)) {
            ids.add(team.value());
        }
        return ReportScope.ownAndTeams(account, ids);
    }
}
