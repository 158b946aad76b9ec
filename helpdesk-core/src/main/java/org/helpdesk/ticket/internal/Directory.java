package org.helpdesk.ticket.internal;

import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.AgentRef;
import org.helpdesk.ticket.NamedRef;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the ids and usernames people send into checked references with names, or says which field is wrong. */
@Component
public class Directory {

    private final Catalog catalog;
    private final Teams teams;
    private final UserAccounts accounts;

    Directory(Catalog catalog, Teams teams, UserAccounts accounts) {
        this.catalog = catalog;
        this.teams = teams;
        this.accounts = accounts;
    }

    public @Nullable NamedRef category(@Nullable UUID id) {
        return entry(Catalog.Kind.CATEGORY, id, "categoryId");
    }

    public @Nullable NamedRef product(@Nullable UUID id) {
        return entry(Catalog.Kind.PRODUCT, id, "productId");
    }

    public @Nullable NamedRef team(@Nullable UUID id) {
        if (id == null) {
            return null;
        }
        return teams.find(new TeamId(id))
                .filter(t -> t.active())
                .map(t -> new NamedRef(t.id().value(), t.name()))
                .orElseThrow(() -> InvalidInputException.of("teamId", "unknown_value", "no such team"));
    }

    /** An enabled agent or administrator: the people tickets may be assigned to. */
    public @Nullable AgentRef agent(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return accounts.findByUsername(username.strip())
                .filter(Directory::worksTickets)
                .map(a -> new AgentRef(a.id(), a.username(), a.displayName()))
                .orElseThrow(() -> InvalidInputException.of("assignee", "unknown_value", "no such agent"));
    }

    public @Nullable UUID userId(String username) {
        return accounts.findByUsername(username).map(UserAccount::id).orElse(null);
    }

    private @Nullable NamedRef entry(Catalog.Kind kind, @Nullable UUID id, String field) {
        if (id == null) {
            return null;
        }
        return catalog.find(kind, id)
                .filter(CatalogEntry::active)
                .map(e -> new NamedRef(e.id(), e.name()))
                .orElseThrow(() -> InvalidInputException.of(field, "unknown_value", "no such entry"));
    }

    private static boolean worksTickets(UserAccount account) {
        return account.enabled()
                && (account.roles().contains(Role.AGENT) || account.roles().contains(Role.ADMIN));
    }
}
