package org.helpdesk.web.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.transaction.annotation.Transactional;

/**
 * Just-in-time provisioning: the first SSO login or bearer call of a person creates their local account (no
 * password), later ones bring its name, e-mail, roles and team memberships up to date: Keycloak is the source of
 * truth for them. Teams come from the {@code groups} claim, matched to local teams by name; a token without that
 * claim leaves memberships alone. Changes of roles or teams go into the audit trail. An account disabled locally
 * stays locked out.
 */
class SsoAccounts {

    static final String ACTION = "SSO_ACCOUNT_SYNCED";
    private static final int EMAIL_MAX = 320;

    private final UserAccounts accounts;
    private final Teams teams;
    private final AuditTrail audit;
    private final KeycloakAuthorities authorities;

    SsoAccounts(UserAccounts accounts, Teams teams, AuditTrail audit, KeycloakAuthorities authorities) {
        this.accounts = accounts;
        this.teams = teams;
        this.audit = audit;
        this.authorities = authorities;
    }

    /** Provisions the account for these token claims and returns its username. */
    @Transactional
    String provision(Map<String, ?> claims) {
        String username = username(claims);
        Set<Role> roles = authorities.roles(claims);
        Optional<UserAccount> before = accounts.findByUsername(username);
        accounts.upsertFromSso(username, displayName(claims, username), email(claims), roles);
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (!account.enabled()) {
            throw new DisabledException("account " + username + " is disabled");
        }
        Teams.MembershipChange change = claims.containsKey("groups")
                ? teams.syncMemberships(account.id(), authorities.teams(claims))
                : new Teams.MembershipChange(List.of(), List.of());
        Set<Role> rolesBefore = before.map(UserAccount::roles).orElse(Set.of());
        if (before.isEmpty() || !rolesBefore.equals(account.roles()) || !change.none()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("created", before.isEmpty());
            details.put("roles", names(account.roles()));
            details.put("previousRoles", names(rolesBefore));
            details.put("joinedTeams", change.joined());
            details.put("leftTeams", change.left());
            audit.record(new AuditEntry(account.username(), ACTION, "user", account.username(), details, null));
        }
        return account.username();
    }

    private static List<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static String username(Map<String, ?> claims) {
        if (claims.get("preferred_username") instanceof String name && !name.isBlank() && name.length() <= 100) {
            return name;
        }
        throw new OAuth2AuthenticationException(
                new OAuth2Error("invalid_token", "the token has no usable preferred_username", null));
    }

    private static String displayName(Map<String, ?> claims, String username) {
        Object name = claims.get("name");
        String display = name instanceof String s && !s.isBlank() ? s : username;
        return display.length() <= 200 ? display : display.substring(0, 200);
    }

    /** The e-mail address, when the claim holds something that looks like one; anything else is not kept. */
    private static @Nullable String email(Map<String, ?> claims) {
        if (claims.get("email") instanceof String email) {
            String trimmed = email.strip();
            int at = trimmed.indexOf('@');
            if (trimmed.length() <= EMAIL_MAX
                    && at > 0
                    && at < trimmed.length() - 1
                    && trimmed.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                return trimmed;
            }
        }
        return null;
    }
}
