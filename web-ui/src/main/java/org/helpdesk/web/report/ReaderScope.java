package org.helpdesk.web.report;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.reporting.ReportScope;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whose figures a reader sees: quality managers, auditors and administrators see everything; an agent sees their
 * own tickets and their teams' (someone unknown to the local accounts sees none).
 */
@Component
class ReaderScope {

    private static final Set<String> SEE_ALL =
            Set.of("ROLE_" + Role.QUALITY_MANAGER.name(), "ROLE_" + Role.AUDITOR.name(), "ROLE_" + Role.ADMIN.name());

    private final UserAccounts accounts;
    private final Teams teams;

    ReaderScope(UserAccounts accounts, Teams teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    ReportScope of(Authentication reader) {
        if (seesEverything(reader)) {
            return ReportScope.all();
        }
        return accounts.findByUsername(reader.getName())
                .map(this::ownAndTeams)
                .orElse(new ReportScope(false, null, Set.of()));
    }

    static boolean seesEverything(Authentication reader) {
        return reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_ALL::contains);
    }

    private ReportScope ownAndTeams(UserAccount account) {
        Set<UUID> ids = new HashSet<>();
        for (TeamId team : teams.teamsOf(account.id())) {
            ids.add(team.value());
        }
        return ReportScope.ownAndTeams(account.id(), ids);
    }
}
