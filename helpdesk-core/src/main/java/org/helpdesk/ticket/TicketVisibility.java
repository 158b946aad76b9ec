package org.helpdesk.ticket;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which tickets a person may see and work (see {@link TicketViewer}): the one place that decides, used by
 * {@link Tickets} and the search. Team membership is read from {@code team_member} at every call, so adding an agent
 * to a team takes effect at once.
 */
@Component
public class TicketVisibility {

    private static final Set<Role> SEE_EVERYTHING = Set.of(Role.QUALITY_MANAGER, Role.AUDITOR, Role.ADMIN);

    private final UserAccounts accounts;
    private final JdbcClient jdbc;

    TicketVisibility(UserAccounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /**
     * The viewer for a person signed in with {@code roles} (as their sign-in says, local or from the SSO token);
     * their teams are read from {@code team_member}.
     */
    public TicketViewer of(String username, Collection<Role> roles) {
        UUID userId = accounts.findByUsername(username).map(UserAccount::id).orElse(null);
        return viewer(username, userId, roles);
    }

    /**
     * The viewer for someone who changes a ticket; names without an account are the system's own actors (the mail
     * channel, the status page, timers), which act on any ticket. People always have an account (local or created
     * at their first single sign-on).
     */
    TicketViewer actor(String actor) {
        return account(actor).orElseGet(() -> TicketViewer.seeingEverything(actor));
    }

    private Optional<TicketViewer> account(String username) {
        return accounts.findByUsername(username).map(this::viewer);
    }

    private TicketViewer viewer(UserAccount account) {
        return viewer(account.username(), account.id(), account.roles());
    }

    private TicketViewer viewer(String username, @Nullable UUID userId, Collection<Role> roles) {
        boolean everything = roles.stream().anyMatch(SEE_EVERYTHING::contains);
        Set<UUID> teams = everything || userId == null
                ? Set.of()
                : new HashSet<>(jdbc.sql("select team_id from team_member where user_id = ?")
                        .param(userId)
                        .query(UUID.class)
                        .list());
        return new TicketViewer(username, userId, everything, teams);
    }
}
