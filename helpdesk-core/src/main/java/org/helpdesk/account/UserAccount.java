package org.helpdesk.account;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. {@code passwordHash} is absent for accounts that only sign in through SSO; {@code timeZone}
 * is absent when they see times in the organisation's zone; {@code lockedUntil} is set after too many failed
 * sign-ins (see {@link UserAccounts#recordFailedSignIn}); {@code email} is what single sign-on reported, if anything.
 */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        @Nullable String passwordHash,
        Set<Role> roles,
        boolean enabled,
        @Nullable ZoneId timeZone,
        @Nullable Instant lockedUntil,
        @Nullable String email) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
