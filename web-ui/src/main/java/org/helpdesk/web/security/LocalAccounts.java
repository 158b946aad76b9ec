package org.helpdesk.web.security;

import java.time.Clock;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the local account table; roles become {@code ROLE_*} authorities. A locked account (too many
 * wrong passwords, see {@link SignInLockout}) is refused before its password is even checked.
 */
@Component
class LocalAccounts implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    LocalAccounts(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no local account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }
}
