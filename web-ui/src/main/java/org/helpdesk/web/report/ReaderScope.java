package org.helpdesk.web.report;

import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.reporting.ReportScope;
import org.helpdesk.reporting.ReportScopes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Whose figures a reader sees: quality managers, auditors and administrators see everything; an agent sees their
 * own tickets and their teams' (someone unknown to the local accounts sees none). The roles are the signed-in
 * reader's; {@link ReportScopes} says the same for a stored user (a report schedule's owner).
 */
@Component
class ReaderScope {

    private static final Set<String> SEE_ALL =
            ReportScopes.SEE_ALL.stream().map(r -> "ROLE_" + r.name()).collect(Collectors.toUnmodifiableSet());

    private final UserAccounts accounts;
    private final ReportScopes scopes;

    ReaderScope(UserAccounts accounts, ReportScopes scopes) {
        this.accounts = accounts;
        this.scopes = scopes;
    }

    ReportScope of(Authentication reader) {
        if (seesEverything(reader)) {
            return ReportScope.all();
        }
        return accounts.findByUsername(reader.getName())
                .map(account -> scopes.ownAndTeams(account.id()))
                .orElse(new ReportScope(false, null, Set.of()));
    }

    static boolean seesEverything(Authentication reader) {
        return reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_ALL::contains);
    }
}
