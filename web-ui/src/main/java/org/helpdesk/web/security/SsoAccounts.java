package org.helpdesk.web.security;

import java.util.Map;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Just-in-time provisioning: the first SSO login or bearer call of a person creates their local account (no
 * password), later ones bring its name and roles up to date. An account disabled locally stays locked out.
 */
final class SsoAccounts {

    private final UserAccounts accounts;
    private final KeycloakAuthorities authorities;

    SsoAccounts(UserAccounts accounts, KeycloakAuthorities authorities) {
        this.accounts = accounts;
        this.authorities = authorities;
    }

    /** Provisions the account for these token claims and returns its username. */
    String provision(Map<String, ?> claims) {
        String username = username(claims);
        Set<Role> roles = authorities.roles(claims);
        accounts.upsertFromSso(username, displayName(claims, username), roles);
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        if (!account.enabled()) {
            throw new DisabledException("account " + username + " is disabled");
        }
        return account.username();
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
}
